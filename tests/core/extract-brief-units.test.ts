// Units terse briefs and business reports write: a per-head unit typed as the name before a bare
// number ("Số bác sĩ/vạn dân 8,7"), patients counted whole after "lượt", containers in TEU, and "so
// CK" (with "với" left out) as a comparison. Sentences written for these tests.
import { describe, expect, it } from "@jest/globals";
import { findActualOrPlan as row, read } from "./proposals";

describe("units written where briefs put them", () => {
  it("reads a per-head unit typed as the name of the bare number after it", () => {
    const ps = read("Trạm Y tế xã: số bác sĩ/vạn dân 8,7; giường bệnh/vạn dân 31,2. Tiêm chủng 412 trẻ.");
    expect(row(ps, 8.7)?.unit).toBe("bác sĩ/vạn dân");
    expect(row(ps, 31.2)?.unit).toBe("giường bệnh/vạn dân");
  });

  it("keeps patients whole after lượt, and a port's containers in TEU", () => {
    const ps = read(
      "Bệnh viện điều trị nội trú 6.215 lượt người bệnh. Cảng Hòn Sỏi xếp dỡ 84.300 TEU, tăng 6,1% so với năm trước.",
    );
    expect(row(ps, 6215)?.unit).toBe("lượt người bệnh");
    expect(row(ps, 84_300)).toMatchObject({ unit: "TEU", changePct: 6.1 });
  });

  it("reads 'so CK' as a comparison with the same period: a change in cases is no row", () => {
    const ps = read("Tay chân miệng 41 ca, giảm 17 ca so CK; sởi 3 ca.");
    expect(row(ps, 17)).toBeUndefined();
    expect(row(ps, 41)?.unit).toBe("ca");
  });
});
