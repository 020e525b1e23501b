/** Issue 15 item 7: every generated hostile or odd file through the CLI, with its exit, message and time. */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { run, tempDir } from "../cli/helpers";
import { CASES } from "./generate";

const tmp = tempDir("chitieu-hostile-");
afterAll(() => tmp.cleanup());

/**
 * The time bounds are against the machine as it is now: a plain three-row check, timed here, sets
 * the pace (a loaded machine slows both alike), and a case may take its maxMs or 25 such checks,
 * whichever is more. A quadratic trim or an unbounded expansion takes minutes, far past either.
 */
let pace = 0;
beforeAll(async () => {
  const plain = path.join(tmp.dir, "plain.csv");
  writeFileSync(plain, "STT;Chỉ tiêu;Đơn vị tính;Kế hoạch;Thực hiện\n1;Doanh nghiệp;doanh nghiệp;150;176\n");
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    expect((await run("check", plain)).code).toBe(0);
    times.push(performance.now() - t);
  }
  pace = Math.min(...times);
});

test.each(CASES.map((c) => [c.name, c] as const))("%s", async (_, c) => {
  const file = path.join(tmp.dir, c.file);
  writeFileSync(file, await c.bytes());
  const args = c.args.map((a) =>
    a === "{in}" ? file : a === "{out}" ? path.join(tmp.dir, `out-${c.file}`) : a,
  );
  const started = performance.now();
  const r = await run(c.verb, file, ...args);
  const ms = performance.now() - started;
  expect({ code: r.code, err: r.code === c.expect.code ? "" : r.err }).toEqual({
    code: c.expect.code,
    err: "",
  });
  for (const s of c.expect.stdout ?? []) expect(r.out).toContain(s);
  for (const s of c.expect.stderr ?? []) expect(r.err).toContain(s);
  for (const s of c.expect.notIn ?? []) expect(r.out + r.err).not.toContain(s);
  expect({ case: c.name, slow: ms >= Math.max(c.expect.maxMs, 25 * pace) }).toEqual({
    case: c.name,
    slow: false,
  });
});
