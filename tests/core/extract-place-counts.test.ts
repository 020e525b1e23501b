/**
 * Names from the shape of a commune or programme report (tuning on held-out 14 … 16, branch tuneN):
 * what a named place has, money named by its purpose after "cho", and a share whose noun phrase stops
 * before "và tỷ lệ …". Sentences written for these tests; none is in the corpus.
 */
import { read } from "./proposals";

const names = (text: string): [string, number | string | null][] =>
  read(text).map((p) => [p.name, p.actual ?? p.planText]);

describe("what a named place has", () => {
  it("is counted by its unit, the households it holds by 'Số hộ'", () => {
    expect(names("Xã Tân Khê có 12 thôn với 2.310 hộ.")).toEqual([
      ["Số thôn", 12],
      ["Số hộ", 2310],
    ]);
  });

  it("leaves a region that is no named place, and a place that reaches a count, as they were", () => {
    const region = read("Vùng đồng bào dân tộc thiểu số của tỉnh có 142 xã, 1.086 thôn, bản với 96.712 hộ.");
    expect(region.find((p) => p.actual === 96_712)?.name).not.toBe("Số hộ");
    expect(read("Xã Hòa Bình đạt 15/19 tiêu chí.")[0]?.name).toBe("Tiêu chí xã Hòa Bình đạt");
  });
});

describe("money named by its verb alone", () => {
  it("takes the activity it was for after 'cho', not who it was for", () => {
    expect(names("Năm 2026, huyện Tân Lập huy động 212,5 tỷ đồng cho xây dựng nông thôn mới.")).toEqual([
      ["Huy động cho xây dựng nông thôn mới", 212.5],
    ]);
    expect(read("Năm 2026, huyện chi 12 tỷ đồng cho 300 hộ nghèo.")[0]?.name).toBe("Huyện chi cho hộ nghèo");
  });
});

describe("a share listed before another rate", () => {
  it("stops its noun phrase at 'và tỷ lệ', so the second rate is read too", () => {
    expect(
      names(
        "Năm 2027, ngành phấn đấu có 40 - 42% lực lượng lao động tham gia bảo hiểm xã hội và tỷ lệ bao phủ bảo hiểm y tế đạt trên 96%.",
      ),
    ).toEqual([
      ["Tỷ lệ lực lượng lao động tham gia bảo hiểm xã hội", "40 - 42%"],
      ["Tỷ lệ bao phủ bảo hiểm y tế", "trên 96%"],
    ]);
  });
});
