/**
 * Issue 15 item 7: every generated hostile or odd file through the CLI, with its exit and message.
 * How long each takes is measured by `npm run bench` (tests/bench/hostile.bench.mjs), not here.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { run, tempDir } from "../cli/helpers";
import { CASES } from "./generate";

const tmp = tempDir("chitieu-hostile-");
afterAll(() => tmp.cleanup());

test.each(CASES.map((c) => [c.name, c] as const))("%s", async (_, c) => {
  const file = path.join(tmp.dir, c.file);
  writeFileSync(file, await c.bytes());
  const args = c.args.map((a) =>
    a === "{in}" ? file : a === "{out}" ? path.join(tmp.dir, `out-${c.file}`) : a,
  );
  const r = await run(c.verb, file, ...args);
  expect({ code: r.code, err: r.code === c.expect.code ? "" : r.err }).toEqual({
    code: c.expect.code,
    err: "",
  });
  for (const s of c.expect.stdout ?? []) expect(r.out).toContain(s);
  for (const s of c.expect.stderr ?? []) expect(r.err).toContain(s);
  for (const s of c.expect.notIn ?? []) expect(r.out + r.err).not.toContain(s);
});
