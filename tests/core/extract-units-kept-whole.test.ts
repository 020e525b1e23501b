/**
 * Units kept as written (src/core/extract-units.ts): peak and bandwidth units not cut to the unit they
 * start with, floor area per head written with "m²", nouns a two-word cut would leave meaning
 * something else, and a per-head label's bare figure followed by a note in brackets. Sentences
 * written for these tests.
 */
import { type Proposal } from "../../src/core/extract";
import { read } from "./proposals";

const rows = (text: string) => read(text).map((p: Proposal) => [p.actual ?? p.plan, p.unit]);

describe("units kept as written", () => {
  it("keeps MWp, kWp, Mbps and Gbps whole", () => {
    expect(
      rows(
        "Năm 2026, toàn huyện lắp đặt 214 hệ thống điện mặt trời mái nhà với tổng công suất 18,6 MWp; trường học có 420 kWp. Tốc độ đường truyền trung bình đạt 142 Mbps, đường trục 10 Gbps.",
      ),
    ).toEqual([
      [214, "hệ thống"],
      [18.6, "MWp"],
      [420, "kWp"],
      [142, "Mbps"],
      [10, "Gbps"],
    ]);
  });

  it("keeps floor area per head written with m² as written", () => {
    expect(rows("Diện tích nhà ở bình quân của thị xã đạt 29,8 m² sàn/người.")).toEqual([
      [29.8, "m² sàn/người"],
    ]);
  });

  it("keeps multi-purpose halls, grassroots unions and examinations whole", () => {
    expect(
      rows(
        "Xã xây mới 3 nhà đa năng cho trường tiểu học. Liên đoàn Lao động huyện có 212 công đoàn cơ sở. Trạm Y tế thực hiện 3.417 lượt khám bảo hiểm y tế.",
      ),
    ).toEqual([
      [3, "nhà đa năng"],
      [212, "công đoàn cơ sở"],
      [3417, "lượt khám"],
    ]);
  });

  it("reads a per-head label's bare figure with a note in brackets after it", () => {
    expect(
      rows(
        "Chỉ tiêu năm 2027:\n- Số giường bệnh/vạn dân: 31,4 (chưa gồm giường tư nhân);\n- Tỷ lệ tiêm chủng: 98%.",
      ),
    ).toEqual([
      [31.4, "giường bệnh/vạn dân"],
      [98, "%"],
    ]);
  });
});
