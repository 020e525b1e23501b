/**
 * A stock told at a date ("Tổng nguồn vốn đến 31/3/2028 đạt …") is named without the date: the date
 * is when, as a date that leads a name is. Sentences written for these tests; none is in the corpus.
 */
import { extractIndicators } from "../../src/core/extract";

describe("a date after a stock's name", () => {
  it("is no part of the name", () => {
    const got = extractIndicators("Tổng nguồn vốn huy động đến 31/3/2028 đạt 4.215 tỷ đồng.", "vi");
    expect(got.map((p) => [p.name, p.actual])).toEqual([["Tổng nguồn vốn huy động", 4215]]);
  });
});
