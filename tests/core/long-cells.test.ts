/**
 * Issue 15 item 3: a long cell gives the right result and bounded output. Each payload used to take
 * seconds at 32 767 characters (Excel's cell limit) and minutes at 1 MB, through regular expressions
 * that backtracked; their time is a line of `npm run bench` (tests/bench/hostile.bench.mjs), and the
 * linear trims that replaced them are checked here by counting the characters they look at.
 */
import { matchHeader } from "../../src/core/headers";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { parseNumber } from "../../src/core/numbers";
import { checkTable } from "../../src/core/rules";
import { readTable } from "../../src/core/table";
import { parseTarget } from "../../src/core/targets";
import { MAX_NUMBER_CHARS, MAX_QUOTED_CHARS, trimEndWhere, trimStartWhere } from "../../src/core/trim";
import { LONG_CELL_UNITS, flat } from "../hostile/payloads";

describe.each(Object.entries(LONG_CELL_UNITS))("a cell of %s", (_, unit) => {
  it("is no number at 1 MB, its text cut for the message", () => {
    const parsed = parseNumber(flat(unit, 1_000_000, "1", "x"), "vi");
    expect(parsed.kind).toBe("invalid");
    if (parsed.kind === "invalid") expect(parsed.text.length).toBeLessThanOrEqual(MAX_QUOTED_CHARS);
  });

  it("is no header and no plan at 1 MB", () => {
    const cell = flat(unit, 1_000_000, "", "x");
    expect(matchHeader(cell)).toBeNull();
    expect(parseTarget(cell, "vi", "tỷ đồng").target).toBeNull();
  });

  it("in every cell of a row, leaves the table read and the other row checked", () => {
    const cell = flat(unit, 1_000_000, "", "x");
    const grid = [
      ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện", "Cùng kỳ"],
      [1, cell, cell, cell, cell, cell],
      [2, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 176, 160],
    ];
    const check = checkTable(readTable(grid, { convention: "vi" }), DEFAULT_SETTINGS);
    expect(check.results.get(2)?.pctPlan).toBeCloseTo(117.33, 2);
  });

  it("is trimmed at both ends looking at each character once", () => {
    const cell = flat(unit, 1_000_000, "", "x");
    let looked = 0;
    const drop = (code: number) => (looked++, code !== 0x78); // all but the closing "x"
    expect(trimEndWhere(cell, drop)).toBe(cell);
    expect(trimStartWhere(cell, drop)).toBe("x");
    // One look at the "x" from the end, then one per character from the start up to and at it.
    expect(looked).toBe(1 + cell.length);
  });
});

test("a number is read up to MAX_NUMBER_CHARS, not beyond", () => {
  const padded = "1" + " ".repeat(MAX_NUMBER_CHARS - 10);
  expect(parseNumber(padded, "vi")).toMatchObject({ kind: "number", value: 1 });
  expect(parseNumber(padded + " ".repeat(20), "vi").kind).toBe("invalid");
});
