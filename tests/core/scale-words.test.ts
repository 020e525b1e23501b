/** Issue 15 item 2: no silently wrong figure from scale words, brackets or a stray percent. */
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { inUnit, parseNumber, type ParsedFigure } from "../../src/core/numbers";
import { checkTable } from "../../src/core/rules";
import { readTable } from "../../src/core/table";

function inRow(text: string, unit: string, convention: "vi" | "en" = "vi"): number | string {
  const p = parseNumber(text, convention);
  return p.kind === "number" ? (p.percent ? `${p.value}%` : inUnit(p as ParsedFigure, unit)) : p.kind;
}

describe("scale phrases", () => {
  it.each([
    ["36 nghìn tỷ", "tỷ đồng", 36000],
    ["36 nghìn tỷ đồng", "tỷ đồng", 36000],
    ["1,5 nghìn tỷ", "triệu đồng", 1_500_000],
    ["2 triệu rưỡi", "người", 2_500_000],
    ["2 triệu rưỡi", "triệu đồng", 2.5],
    ["3 tỷ rưỡi đồng", "triệu đồng", 3500],
    ["(15 tỷ)", "triệu đồng", -15000],
    ["(15 tỷ)", "tỷ đồng", -15],
    ["1.390 nghìn tấn", "tấn", 1_390_000],
  ])("%s in a %s row is %d", (text, unit, value) => expect(inRow(text, unit)).toBe(value));

  it("English compound scales multiply", () => {
    expect(inRow("5 thousand million", "tỷ đồng", "en")).toBe(5);
    expect(inRow("1.5 thousand billion", "billion", "en")).toBe(1500);
  });

  it("(5%) is minus five percent, not 'not a number'", () => {
    expect(parseNumber("(5%)", "vi")).toMatchObject({ kind: "number", value: -5, percent: true });
    expect(parseNumber("( 5 % )", "vi")).toMatchObject({ kind: "number", value: -5, percent: true });
  });

  it.each(["2,5 triệu rưỡi", "5 tỷ đồng tỷ", "5% tỷ", "(-5)"])(
    "%s says two things at once: invalid",
    (text) => expect(parseNumber(text, "vi").kind).toBe("invalid"),
  );
});

describe("in a table", () => {
  const grid = (actual: string) => [
    ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện"],
    [1, "Tổng thu ngân sách", "tỷ đồng", "35.000", actual],
  ];

  it('"36 nghìn tỷ" in a "tỷ đồng" row is 36 000 tỷ: 102,86 % of plan, not 0,000036', () => {
    const check = checkTable(
      readTable(grid("36 nghìn tỷ"), { convention: "vi", source: "text" }),
      DEFAULT_SETTINGS,
    );
    expect(check.results.get(1)?.pctPlan).toBeCloseTo(102.857, 2);
  });

  it('"105%" in a "tỷ đồng" row is reported on its cell, not read as 105 tỷ', () => {
    const read = readTable(grid("105%"), { convention: "vi", source: "text" });
    const f = read.findings.find((x) => x.code === "percent_in_unit_row");
    expect(f?.cell?.address).toBe("E2");
    expect(f?.message.vi).toContain('"105%" là một tỷ lệ phần trăm');
    expect(f?.message.en).toContain('the row\'s unit is "tỷ đồng"');
    expect(read.table.groups[0]?.rows[0]?.actual).toBeNull();
  });
});
