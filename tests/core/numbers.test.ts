import type { CellValue, NumberConvention } from "../../src/core/model";
import {
  foldWord,
  formatNumber,
  formatPercent,
  parseNumber,
  inUnit,
  unitScale,
  type ParsedNumber,
  fixedCell,
  isPercentFormat,
} from "../../src/core/numbers";
import { SEEDS, type SeedFigure } from "../../src/core/seeds";

/** The value and flags of a parsed number, or the kind when it is not one. */
function read(input: string | number | boolean | null, convention: NumberConvention = "vi") {
  const p: ParsedNumber = parseNumber(input, convention);
  if (p.kind !== "number") return p.kind;
  return {
    value: p.value,
    percent: p.percent,
    scale: p.scale,
    alternative: p.ambiguous?.alternative ?? null,
    foreign: p.foreignDecimal,
  };
}

const plain = { percent: false, scale: 1, alternative: null, foreign: false };

describe("parseNumber reads figures as Vietnamese offices type them (vi)", () => {
  test.each([
    ["37.067", 37067, "revenue 37.067 tỷ: the dot groups thousands"],
    ["6.794,12", 6794.12, "industry 6.794,12 tỷ: comma is the decimal mark"],
    ["94.450.000", 94450000, "GRDP per head in đồng: repeated dots group"],
    ["4.835", 4835, "budget 4.835 tỷ"],
    ["10.160,896", 10160.896, "spending 10.160,896 tỷ keeps its three decimals"],
    ["7,6", 7.6, "growth 7,6"],
    ["176", 176, "a plain count"],
    ["1.304.000", 1304000, "rice output in tấn"],
    ["0,5", 0.5, "a leading zero"],
    ["146.512", 146512, "retail 146.512 tỷ"],
  ])("%s is %d (%s)", (typed, value) => {
    expect(read(typed)).toEqual({ ...plain, value });
  });

  test("117,33% is 117.33 marked as percent", () => {
    expect(read("117,33%")).toEqual({ ...plain, value: 117.33, percent: true });
    expect(read("117,33 %")).toEqual({ ...plain, value: 117.33, percent: true });
  });

  test("121,729 is ambiguous in vi: 121.729, or 121 729 to an en-US reader", () => {
    expect(read("121,729")).toEqual({ ...plain, value: 121.729, alternative: 121729 });
  });

  test("a decimal comma before three digits is not ambiguous when grouping is impossible", () => {
    expect(read("0,500")).toEqual({ ...plain, value: 0.5 });
    expect(read("1234,567")).toEqual({ ...plain, value: 1234.567 });
  });

  test("1.5 in vi is a decimal point all the same, flagged foreign", () => {
    expect(read("1.5")).toEqual({ ...plain, value: 1.5, foreign: true });
    expect(read("1234.567")).toEqual({ ...plain, value: 1234.567, foreign: true });
  });

  test("6,794.12 in vi: both marks present, the last is the decimal mark", () => {
    expect(read("6,794.12")).toEqual({ ...plain, value: 6794.12, foreign: true });
  });
});

describe("parseNumber in an en-US workbook", () => {
  test.each([
    ["6,794.12", 6794.12],
    ["37,067", 37067],
    ["1,234,567.5", 1234567.5],
    ["7.6", 7.6],
  ])("%s is %d", (typed, value) => {
    expect(read(typed, "en")).toEqual({ ...plain, value });
  });

  test("37.067 is ambiguous in en: 37.067, or 37 067 the vi way", () => {
    expect(read("37.067", "en")).toEqual({ ...plain, value: 37.067, alternative: 37067 });
  });

  test("6.794,12 in en is still 6794.12 (the last mark is the decimal), flagged foreign", () => {
    expect(read("6.794,12", "en")).toEqual({ ...plain, value: 6794.12, foreign: true });
  });

  test("94.450.000 in en: a repeated mark only groups", () => {
    expect(read("94.450.000", "en")).toEqual({ ...plain, value: 94450000 });
  });
});

describe("parseNumber: signs, spaces and brackets", () => {
  test.each([
    ["1 390 000", 1390000, "plain spaces"],
    ["1\u00A0390\u00A0000", 1390000, "no-break spaces"],
    ["1\u202F390\u202F000", 1390000, "narrow no-break spaces"],
    ["1\u2009390,5", 1390.5, "thin space, then a decimal comma"],
    ["\u22125", -5, "Unicode minus"],
    ["\u20135", -5, "en dash before digits"],
    ["-5", -5, "hyphen minus"],
    ["+6,32", 6.32, "leading plus"],
    ["(123)", -123, "a loss in brackets"],
    ["(1.234,5)", -1234.5, "a loss in brackets with marks"],
    ["  176  ", 176, "surrounding spaces"],
  ])("%s is %d (%s)", (typed, value) => {
    expect(read(typed)).toMatchObject({ value, scale: 1 });
  });

  test("-0 reads as 0, not negative zero", () => {
    const p = parseNumber("-0", "vi");
    expect(p.kind === "number" && Object.is(p.value, 0)).toBe(true);
  });
});

describe("parseNumber: scale words are reported, not multiplied", () => {
  test.each([
    ["1,39 triệu", 1.39, 1e6, "triệu"],
    ["1,39 triệu tấn", 1.39, 1e6, "triệu"],
    ["4.835 tỷ", 4835, 1e9, "tỷ"],
    ["4.835 tỉ đồng", 4835, 1e9, "tỉ"],
    ["18 nghìn", 18, 1e3, "nghìn"],
    ["18 ngàn lao động", 18, 1e3, "ngàn"],
    ["1.400 triệu USD", 1400, 1e6, "triệu"],
    ["44,1 triệu đồng/người", 44.1, 1e6, "triệu"],
    ["2 Tỷ", 2, 1e9, "Tỷ"],
  ])("%s is %d × %d (%s)", (typed, value, scale, word) => {
    const p = parseNumber(typed, "vi");
    expect(p).toMatchObject({ kind: "number", value, scale, scaleWord: word, wasText: true });
  });

  test.each([
    ["1.5 million", 1.5, 1e6],
    ["3 thousand", 3, 1e3],
    ["2.1 billion USD", 2.1, 1e9],
  ])("en %s is %d × %d", (typed, value, scale) => {
    expect(parseNumber(typed, "en")).toMatchObject({ kind: "number", value, scale });
  });

  test("2,726 tỷ stays ambiguous with its scale word", () => {
    expect(parseNumber("2,726 tỷ", "vi")).toMatchObject({
      value: 2.726,
      scale: 1e9,
      ambiguous: { alternative: 2726 },
    });
  });

  test("a scale word written with decomposed diacritics (NFD) is still read", () => {
    expect(parseNumber("1,39 triệu".normalize("NFD"), "vi")).toMatchObject({ value: 1.39, scale: 1e6 });
  });
});

describe("parseNumber: what is not a number", () => {
  test.each([
    ["", "empty"],
    ["   ", "empty"],
    ["\u00A0", "empty"],
    [null, "empty"],
    [true, "invalid"],
    [false, "invalid"],
    ["abc", "invalid"],
    ["chưa có", "invalid"],
    ["12a", "invalid"],
    ["1.23.4", "invalid"],
    ["12,34,5", "invalid"],
    ["++3", "invalid"],
    ["--3", "invalid"],
    ["3-", "invalid"],
    ["5,", "invalid"],
    ["1,2.3", "invalid"],
    ["1 23", "invalid"],
    ["6,6 - 6,8", "invalid"],
    ["1,39 triệu 5", "invalid"],
    ["%", "invalid"],
    ["-(5)", "invalid"],
    ["(+5)", "invalid"],
    ["(-5)", "invalid"],
    ["1e5", "invalid"],
    ["Infinity", "invalid"],
    ["NaN", "invalid"],
    ["9".repeat(400), "invalid"],
  ] as const)("%p is %s", (typed, kind) => {
    expect(read(typed)).toBe(kind);
  });

  test("1,23,456 in en is not a number: groups after the first have 3 digits", () => {
    expect(read("1,23,456", "en")).toBe("invalid");
  });

  test("an invalid text keeps what was typed, for the message", () => {
    expect(parseNumber(" 12a ", "vi")).toEqual({ kind: "invalid", text: " 12a " });
  });
});

describe("parseNumber: JS numbers pass through", () => {
  test.each([37.067, 0, -12, 1e15, 6794.12])("%d stays %d, not text", (n) => {
    expect(parseNumber(n, "vi")).toEqual({
      kind: "number",
      value: n,
      percent: false,
      scale: 1,
      scaleWord: null,
      wasText: false,
      ambiguous: null,
      foreignDecimal: false,
    });
  });

  test("NaN and Infinity from a broken cell are invalid, never passed on", () => {
    expect(parseNumber(Number.NaN, "vi").kind).toBe("invalid");
    expect(parseNumber(Number.POSITIVE_INFINITY, "en").kind).toBe("invalid");
  });
});

describe("a scaled figure in the row's unit", () => {
  const fig = (typed: string) => {
    const p = parseNumber(typed, "vi");
    if (p.kind !== "number") throw new Error(`not a number: ${typed}`);
    return p;
  };

  test.each([
    ["1,39 triệu tấn", "tấn", 1390000],
    ["4.835 tỷ", "tỷ đồng", 4835],
    ["4.835 tỉ", "Tỷ đồng", 4835],
    ["1,5 tỷ", "triệu đồng", 1500],
    ["500 triệu", "tỷ đồng", 0.5],
    ["1.400 triệu USD", "triệu USD", 1400],
    ["18 nghìn", "người", 18000],
    ["176", "doanh nghiệp", 176],
  ])("%s in a %s row is %d", (typed, unit, value) => {
    expect(inUnit(fig(typed), unit)).toBe(value);
  });

  test.each([
    ["tỷ đồng", 1e9],
    ["triệu USD", 1e6],
    ["triệu đồng/người", 1e6],
    ["nghìn tấn", 1e3],
    ["tấn", 1],
    ["%", 1],
    ["", 1],
  ])("unit %p starts with scale %d", (unit, scale) => {
    expect(unitScale(unit)).toBe(scale);
  });
});

describe("formatNumber and formatPercent", () => {
  test.each([
    [6794.12, "vi", 2, "6.794,12"],
    [6794.12, "en", 2, "6,794.12"],
    [37067, "vi", 2, "37.067"],
    [94450000, "vi", 2, "94.450.000"],
    [7.6, "vi", 2, "7,6"],
    [1.5, "en", 2, "1.5"],
    [116.666, "vi", 2, "116,67"],
    [10160.896, "vi", 3, "10.160,896"],
    [10160.896, "vi", 0, "10.161"],
    [-6.32, "vi", 2, "-6,32"],
    [-0.001, "vi", 2, "0"],
    [0, "en", 2, "0"],
    [999.999, "vi", 2, "1.000"],
    [1e21, "en", 0, "1,000,000,000,000,000,000,000"],
  ] as const)("%d in %s with %d decimals is %s", (value, convention, decimals, text) => {
    expect(formatNumber(value, convention, decimals)).toBe(text);
  });

  test.each([
    [117.333, "vi", 2, "117,33%"],
    [117.333, "en", 2, "117.33%"],
    [97, "vi", 2, "97,00%"],
    [1234.5, "vi", 1, "1.234,5%"],
    [-6.32, "en", 2, "-6.32%"],
    [116.666, "vi", 0, "117%"],
  ] as const)("%d%% in %s with %d decimals is %s", (value, convention, decimals, text) => {
    expect(formatPercent(value, convention, decimals)).toBe(text);
  });
});

describe("formatNumber rounds half away from zero on the decimal string, as compute's roundPct", () => {
  test.each([
    // toFixed gives "1.00" and "116.66": the binary doubles lie just below the half.
    [1.005, "vi", 2, "1,01"],
    [1.005, "en", 2, "1.01"],
    [116.665, "vi", 2, "116,67"],
    [-1.005, "vi", 2, "-1,01"],
    [-116.665, "en", 2, "-116.67"],
    [2.5, "vi", 0, "3"],
    [-2.5, "vi", 0, "-3"],
    [0.125, "en", 2, "0.13"],
    [-0.004, "vi", 2, "0"],
    [1234.5675, "vi", 3, "1.234,568"],
    [1.0049, "vi", 2, "1"],
    [1e-7, "en", 2, "0"],
    [123456789.125, "vi", 2, "123.456.789,13"],
  ] as const)("%d in %s with %d decimals is %s", (value, convention, decimals, text) => {
    expect(formatNumber(value, convention, decimals)).toBe(text);
  });

  test.each([
    [1.005, "vi", 2, "1,01%"],
    [116.665, "vi", 2, "116,67%"],
    [-1.005, "en", 2, "-1.01%"],
    [-0.004, "vi", 2, "0,00%"],
    [99.995, "en", 2, "100.00%"],
  ] as const)("formatPercent(%d) in %s with %d decimals is %s", (value, convention, decimals, text) => {
    expect(formatPercent(value, convention, decimals)).toBe(text);
  });
});

describe("foldWord compares words without case or diacritics", () => {
  test.each([
    ["Tỷ lệ", "ty le"],
    ["ĐƠN VỊ TÍNH", "don vi tinh"],
    ["Tăng trưởng".normalize("NFD"), "tang truong"],
    ["Kế hoạch", "ke hoach"],
    ["Ước TH\u00a0(tỷ đồng)", "uoc th\u00a0(ty dong)"],
    ["Doanh nghiệp – Ông Ích Khiêm", "doanh nghiep – ong ich khiem"],
    ["Đảng bộ Ƣ", "dang bo ƣ"],
    ["Σ Ölçek İ", "σ olcek i"],
  ])("%s folds to %s", (word, folded) => {
    expect(foldWord(word)).toBe(folded);
  });

  test("the Latin fast path gives what normalizing the whole text gives, letter by letter", () => {
    const general = (t: string) =>
      t.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase();
    const texts: string[] = [];
    for (let c = 0x20; c < 0x2000; c++) texts.push(`A${String.fromCharCode(c)}b`);
    texts.push("Tỷ lệ hộ nghèo".normalize("NFD"), "THÀNH ỦY BẾN TRE", "ﬁ ligature", "ǅ");
    for (const t of texts) expect([t, foldWord(t)]).toEqual([t, general(t)]);
  });
});

describe("every figure the seed articles wrote reads back as the seed's number", () => {
  // "25/42" (25 of 42 works done) is a count with its total, not one figure.
  const typed = SEEDS.flatMap((seed) =>
    seed.groups.flatMap((g) =>
      g.rows.flatMap((r) =>
        Object.entries(r.typed ?? {})
          .filter(([, text]) => text !== undefined && !text.includes("/"))
          .map(
            ([column, text]) => [seed.source.slice(0, 3), text!, r.unit, r[column as SeedFigure]] as const,
          ),
      ),
    ),
  );

  test("the seeds hold the hard cases", () => {
    expect(typed.map(([, text]) => text)).toEqual(
      expect.arrayContaining(["37.067", "6.794,12", "121,729", "1,39 triệu tấn", "94.450.000", "10.160,896"]),
    );
  });

  test.each(typed)("seed %s: %p in a %p row is %p", (_seed, text, unit, value) => {
    const p = parseNumber(text, "vi");
    if (p.kind !== "number") throw new Error(`${text} did not read`);
    expect(inUnit(p, unit)).toBe(value);
  });
});

describe("fixedCell: a fix takes its column's look", () => {
  const col = (format: string, values: CellValue[]) => values.map((value) => ({ value, format }));
  test("34864 beside numbers shown #,##0 gets #,##0", () => {
    const column = [...col("#,##0", [37067, 34862, 6393]), ...col("General", ["Cùng kỳ"])];
    expect(fixedCell(34864, "General", column)).toEqual({ value: 34864, numberFormat: "#,##0" });
  });
  test("a Text cell (@) among plain numbers becomes General, never stays text", () => {
    expect(fixedCell(562, "@", col("General", [472, 155]))).toEqual({ value: 562, numberFormat: "General" });
    expect(fixedCell(562, "@", [])).toEqual({ value: 562, numberFormat: "General" });
  });
  test("a cell with its own number format keeps it", () => {
    expect(fixedCell(6794.12, "#,##0.00", col("#,##0", [1, 2]))).toEqual({
      value: 6794.12,
      numberFormat: null,
    });
  });
  test("6,5 (read in percent) in a column shown as 0.00% is written 0,065", () => {
    expect(fixedCell(6.5, "General", col("0.00%", [0.05, 0.07]))).toEqual({
      value: 0.065,
      numberFormat: "0.00%",
    });
    expect(isPercentFormat('0.0"%"')).toBe(false);
  });
});
