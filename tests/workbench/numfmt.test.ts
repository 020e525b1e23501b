import fc from "fast-check";
import { cellFormatCode, formatValue, parseTyped } from "../../src/workbench/numfmt";

describe("formatValue", () => {
  test.each([
    [6794.12, "#,##0.00", "vi", "6.794,12"],
    [6794.12, "#,##0.00", "en", "6,794.12"],
    [1.1733, "0.00%", "vi", "117,33%"],
    [1.1733, "0.0%", "en", "117.3%"],
    [37067, "#,##0", "vi", "37.067"],
    [94450000, "#,##0", "vi", "94.450.000"],
    [2.5, "0", "en", "3"],
    [-2.5, "0", "en", "-3"],
    [1.005, "0.00", "en", "1.01"],
    [0.1, "+0.00;-0.00;0.00", "vi", "+0,10"],
    [-0.1, "+0.00;-0.00;0.00", "en", "-0.10"],
    [0, "+0.00;-0.00;0.00", "en", "0.00"],
    [-0.001, "0.00", "en", "0.00"],
    [1 / 3, "General", "en", "0.333333333"],
    [1 / 3, "General", "vi", "0,333333333"],
    [123456789012, "General", "en", "1.23457E+11"],
    [42, "General", "en", "42"],
    [42, "@", "en", "42"],
    // Excel itself keeps a dangling decimal mark when "#" decimals are all dropped; the chart
    // data block therefore uses "#,##0" or "#,##0.00" per figure (src/core/charts.ts).
    [37067, "#,##0.##", "en", "37,067."],
    [37067, "#,##0.##", "vi", "37.067,"],
    [6794.12, "#,##0.##", "vi", "6.794,12"],
    [37067, "#,##0", "en", "37,067"],
  ] as const)("%p with %p in %p → %p", (value, code, locale, expected) => {
    expect(formatValue(value, code, locale)).toBe(expected);
  });

  test("text, booleans, errors and empty cells", () => {
    expect(formatValue("—", "0.00%", "vi")).toBe("—");
    expect(formatValue("#DIV/0!", "0.00", "vi")).toBe("#DIV/0!");
    expect(formatValue(true, "General", "vi")).toBe("TRUE");
    expect(formatValue(null, "0.00", "vi")).toBe("");
  });
});

describe("parseTyped", () => {
  test("vi and en readings of the same text", () => {
    expect(parseTyped("37.067", "vi")).toEqual({ kind: "number", value: 37067, numberFormat: "#,##0" });
    expect(parseTyped("37.067", "en")).toEqual({ kind: "number", value: 37.067, numberFormat: null });
    expect(parseTyped("6.794,12", "vi")).toEqual({
      kind: "number",
      value: 6794.12,
      numberFormat: "#,##0.00",
    });
    expect(parseTyped("6.794,12", "en")).toEqual({ kind: "text", text: "6.794,12", quotePrefix: false });
    expect(parseTyped("117,33%", "vi")).toMatchObject({ kind: "number", numberFormat: "0.00%" });
    expect(parseTyped("1.5", "vi")).toMatchObject({ kind: "text" });
    expect(parseTyped("(1.234)", "en")).toEqual({ kind: "number", value: -1.234, numberFormat: null });
    expect(parseTyped("=SUM(A1:A3)", "vi")).toEqual({ kind: "formula", formula: "=SUM(A1:A3)" });
    expect(parseTyped("true", "vi")).toEqual({ kind: "boolean", value: true });
  });

  test("what vi displays with #,##0.00, vi typing reads back (2 decimals)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
        const value = cents / 100;
        const shown = formatValue(value, "#,##0.00", "vi");
        const back = parseTyped(shown, "vi");
        return back.kind === "number" && Math.abs(back.value - value) < 1e-9;
      }),
    );
  });
});

describe('cellFormatCode: what Excel\'s CELL("format") answers', () => {
  test.each([
    ["General", "G"],
    ["0", "F0"],
    ["0.00", "F2"],
    ["#,##0", ",0"],
    ["#,##0.00", ",2"],
    ["0%", "P0"],
    ["0.00%", "P2"],
    ["#,##0.0%", "P1"],
    ["+0.00%;-0.00%;0.00%", "P2"],
    ['0.0"%"', "F1"],
    ["0.00E+00", "S2"],
    ["$#,##0_);[Red]($#,##0)", "C0-"],
    ["m/d/yy", "D4"],
  ])("%s → %s", (code, expected) => {
    expect(cellFormatCode(code)).toBe(expected);
  });
});
