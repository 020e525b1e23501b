/**
 * "Result; phấn đấu …": an aim that opens the part after ";" makes that part a target, not the
 * result said before it; and an aim led only by a time ("phấn đấu đến hết năm 2027 đạt 90% trở lên")
 * is the same indicator as the rate before it. Sentences written for these tests; none is in the
 * corpus.
 */
import { read } from "./proposals";

describe("an aim after a semicolon", () => {
  it("keeps the rate and the count before it as results", () => {
    const got = read(
      "Tỷ lệ trạm y tế xã đạt chuẩn quốc gia 86,4% (127/147 trạm); phấn đấu đến hết năm 2027 đạt 90% trở lên.",
    );
    expect(got.find((p) => p.actual === 86.4)?.unit).toBe("%");
    expect(got.find((p) => p.actual === 127)?.total).toBe(147);
    const aim = got.find((p) => p.actual === null && p.unit === "%");
    expect(aim?.planText).toContain("90");
    expect(aim?.name).toBe("Tỷ lệ trạm y tế xã đạt chuẩn quốc gia");
  });

  it("keeps a fraction reported before 'phấn đấu … có' as a result", () => {
    const got = read(
      "Có 7/9 thôn có nhà văn hóa đạt chuẩn (77,8%); phấn đấu đến cuối năm 2027 có 9/9 thôn đạt chuẩn.",
    );
    expect(got.find((p) => p.total === 9 && p.actual === 7)).toBeDefined();
    expect(got.find((p) => p.actual === 77.8)).toBeDefined();
    expect(got.find((p) => p.plan === 9 && p.actual === null)).toBeDefined();
  });

  it("leaves a sentence of targets a target before the aim", () => {
    const got = read("Mục tiêu năm 2027: tỷ lệ che phủ rừng 46%; phấn đấu trồng mới 1.200 ha rừng.");
    expect(got.every((p) => p.actual === null)).toBe(true);
  });
});
