/**
 * A conscription quota met "với N thanh niên" when the quota names its steps ("tuyển chọn và gọi
 * công dân nhập ngũ"): the count is of who joined up, with the quota's 100% as its % of plan. A rate
 * raised to a figure ("nâng tỷ lệ …, … lên X%") named across a comma inside its name. Sentences
 * written for these tests; none is in the corpus.
 */
import { read } from "./proposals";

describe("a conscription quota met with a count", () => {
  it("names the count by who joined up and gives it the quota's % of plan", () => {
    const got = read(
      "Quốc phòng: hoàn thành 100% chỉ tiêu tuyển chọn và gọi công dân nhập ngũ với 642 thanh niên; huấn luyện dân quân đạt yêu cầu.",
    );
    expect(got.map((p) => [p.name, p.actual, p.unit, p.pctPlan])).toEqual([
      ["Thanh niên nhập ngũ", 642, "thanh niên", 100],
    ]);
  });

  it("reads the quota's steps across a comma", () => {
    const got = read(
      "Năm 2028, huyện hoàn thành 100% chỉ tiêu tuyển chọn, gọi công dân nhập ngũ với 215 công dân.",
    );
    expect(got.map((p) => [p.name, p.actual, p.pctPlan])).toEqual([["Công dân nhập ngũ", 215, 100]]);
  });
});

describe("a rate raised to the figure", () => {
  it("keeps a comma inside the rate's name", () => {
    const got = read(
      "Năm 2028, huyện cứng hóa 38,5 km đường trục thôn, nâng tỷ lệ đường thôn, xóm được cứng hóa lên 91,3%.",
    );
    expect(got.map((p) => [p.name, p.actual, p.unit])).toContainEqual([
      "Tỷ lệ đường thôn, xóm được cứng hóa",
      91.3,
      "%",
    ]);
  });
});
