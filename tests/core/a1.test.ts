import fc from "fast-check";
import { colIndex, colLetter, parseA1, parseRangeA1, rangeA1, toA1, toA1Absolute } from "../../src/core/a1";

describe("A1 addresses", () => {
  test("column letters roll over after Z, ZZ", () => {
    expect(colLetter(0)).toBe("A");
    expect(colLetter(25)).toBe("Z");
    expect(colLetter(26)).toBe("AA");
    expect(colLetter(701)).toBe("ZZ");
    expect(colLetter(702)).toBe("AAA");
  });

  test("a 0-based cell becomes the address Excel shows", () => {
    expect(toA1(0, 0)).toBe("A1");
    expect(toA1(6, 5)).toBe("F7");
    expect(toA1Absolute(6, 5)).toBe("$F$7");
  });

  test("addresses parse back, with or without $ and in lower case", () => {
    expect(parseA1("F7")).toEqual({ row: 6, col: 5 });
    expect(parseA1("$AB$10")).toEqual({ row: 9, col: 27 });
    expect(parseA1("k5")).toEqual({ row: 4, col: 10 });
  });

  test("malformed addresses are refused", () => {
    expect(() => parseA1("F0")).toThrow(RangeError);
    expect(() => parseA1("7F")).toThrow(RangeError);
    expect(() => parseA1("")).toThrow(RangeError);
    expect(() => colLetter(-1)).toThrow(RangeError);
  });

  test("ranges are normalised and a single cell stays a single address", () => {
    expect(rangeA1(0, 0, 0, 10)).toBe("A1:K1");
    expect(rangeA1(9, 3, 5, 1)).toBe("B6:D10");
    expect(rangeA1(4, 4, 4, 4)).toBe("E5");
    expect(parseRangeA1("B6:D10")).toEqual({ top: 5, left: 1, bottom: 9, right: 3 });
    expect(parseRangeA1("E5")).toEqual({ top: 4, left: 4, bottom: 4, right: 4 });
  });

  test("every cell round-trips through its address", () => {
    fc.assert(
      fc.property(fc.nat(1_048_575), fc.nat(16_383), (row, col) => {
        expect(parseA1(toA1(row, col))).toEqual({ row, col });
        expect(colIndex(colLetter(col))).toBe(col);
      }),
    );
  });
});
