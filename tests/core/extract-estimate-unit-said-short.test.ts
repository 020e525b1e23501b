/**
 * A year's estimate after a period's result that says the unit again short ("… 812 giấy chứng nhận
 * …; ước cả năm 1.100 giấy"): the same indicator over the year. Written for these tests (tuneAO).
 */
import { read } from "./proposals";

describe("an estimate that repeats its unit short", () => {
  it("takes the name of the result before it, over its own period", () => {
    const got = read(
      "6 tháng: cấp 812 giấy chứng nhận quyền sử dụng đất cho hộ gia đình, đạt 51% KH; ước cả năm 1.100 giấy, đạt 69% KH.",
    );
    expect(got.map((p) => [p.name, p.actual, p.unit])).toEqual([
      ["Cấp giấy chứng nhận quyền sử dụng đất cho hộ gia đình", 812, "giấy chứng nhận"],
      ["Cấp giấy chứng nhận quyền sử dụng đất cho hộ gia đình cả năm", 1100, "giấy"],
    ]);
    expect(got[1]?.estimate).toBe(true);
  });
});
