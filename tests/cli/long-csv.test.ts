/** A CSV longer than one part is read and checked part by part, and says what a whole check says. */
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { JsonCheck } from "../../src/cli/json";
import { checkJson } from "../../src/cli/json";
import { PART_ROWS, findTable } from "../../src/cli/check";
import { readSheets } from "../../src/cli/read";
import { checkTable } from "../../src/core/rules";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { benchTable } from "../bench/grid";
import { csvLine, run, tempDir } from "./helpers";

const tmp = tempDir("chitieu-long-csv-");
afterAll(() => tmp.cleanup());

test("--json of a CSV longer than two parts gives every row, issue, line and the summary of a whole check", async () => {
  const { grid } = benchTable(Math.round(PART_ROWS * 2.5), "text");
  // Some notes over two lines (a quoted field with a line break): rows then sit past their line.
  const lines = grid.map((row, r) =>
    csvLine(
      row.map((v, c) =>
        c === 8 && r % 997 === 5 ? "Ước thực hiện\nđến 31/12" : (v as string | number | null),
      ),
      ";",
    ),
  );
  const file = path.join(tmp.dir, "bang-dai.csv");
  writeFileSync(file, `\ufeff${lines.join("\r\n")}\r\n`);

  const settings = { ...DEFAULT_SETTINGS };
  const found = findTable(await readSheets(file), settings, file);
  const used = { ...settings, convention: found.convention.convention };
  const whole = checkJson(checkTable(found.read, used), found.sheet.lines);

  const res = await run("check", file, "--json");
  const streamed = JSON.parse(res.out) as JsonCheck;
  expect(streamed.rows.length).toBeGreaterThan(PART_ROWS * 2);
  expect(streamed.rows).toEqual(whole.rows);
  // The last row's line is past its row number: the quoted breaks were counted.
  const last = streamed.rows[streamed.rows.length - 1];
  expect(last?.row).toBeGreaterThan(grid.length);
  expect(whole.issues.length).toBeGreaterThan(100);
  expect(streamed.issues).toEqual(whole.issues);
  expect(streamed.summary).toEqual(whole.summary);
  expect(res.code).toBe(whole.issues.some((i) => i.severity === "error") ? 1 : 0);
}, 120_000);

test("a long CSV whose quote never closes is refused before any row is written", async () => {
  const { grid } = benchTable(PART_ROWS + 100, "text");
  const lines = grid.map((row) => csvLine(row as (string | number | null)[], ";"));
  lines[PART_ROWS + 50] = `${lines[PART_ROWS + 50] ?? ""};"chưa đóng`;
  const file = path.join(tmp.dir, "bang-ngoac.csv");
  writeFileSync(file, `${lines.join("\n")}\n`);
  const res = await run("check", file, "--json");
  expect(res.code).toBe(2);
  expect(res.out).toBe("");
  expect(res.err).toContain(`dòng ${PART_ROWS + 51}`);
});
