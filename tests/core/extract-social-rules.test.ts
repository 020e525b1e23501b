/**
 * Rules found on social-sector reports (tuneAU): a list lead with its legal basis, a rate part
 * before "ở", a benefit named once then by "hưởng" alone, plans of two results in one bracket, a
 * bracketed bare rate after a count, a change in the count's unit with its reason, and a target
 * rate said by its direction alone. Sentences written for these tests; none is in the corpus.
 */
import { extractIndicators, type Proposal } from "../../src/core/extract";

const rows = (text: string) =>
  extractIndicators(text, "vi").map((p: Proposal) => [p.name, p.unit, p.actual ?? p.plan ?? p.planText]);

describe("social-sector report shapes", () => {
  it("names the items of a colon list by its lead, without the legal basis", () => {
    expect(
      rows(
        "Tỷ lệ cán bộ quản lý đạt chuẩn trình độ theo Thông tư 14/2018: mầm non 92,1%, tiểu học 84,6%, trung học cơ sở 90,3%.",
      ),
    ).toEqual([
      ["Tỷ lệ cán bộ quản lý đạt chuẩn trình độ mầm non", "%", 92.1],
      ["Tỷ lệ cán bộ quản lý đạt chuẩn trình độ tiểu học", "%", 84.6],
      ["Tỷ lệ cán bộ quản lý đạt chuẩn trình độ trung học cơ sở", "%", 90.3],
    ]);
  });

  it("keeps who a rate is of when a parallel part replaces its own part", () => {
    expect(rows("- Tỷ lệ thiếu máu thể nặng ở phụ nữ mang thai còn 4,2%; thể nhẹ còn 11,6%.")).toEqual([
      ["Tỷ lệ thiếu máu thể nặng ở phụ nữ mang thai", "%", 4.2],
      ["Tỷ lệ thiếu máu thể nhẹ ở phụ nữ mang thai", "%", 11.6],
    ]);
  });

  it("completes a bare 'hưởng' by the benefit named before it", () => {
    const got = rows(
      "Bảo hiểm xã hội huyện tiếp nhận 734 hồ sơ đề nghị hưởng chế độ thai sản; ra quyết định cho 702 người hưởng với số tiền 19,6 tỷ đồng.",
    );
    expect(got.map((r) => r[0])).toEqual([
      "Tiếp nhận hồ sơ đề nghị hưởng chế độ thai sản",
      "Người hưởng chế độ thai sản được ra quyết định",
      "Số tiền người hưởng chế độ thai sản được ra quyết định",
    ]);
  });

  it("reads two plans in one bracket as the plans of the two results before it", () => {
    expect(
      rows(
        "Năm 2026 huyện đạt 8,7 bác sĩ và 26,5 giường bệnh trên một vạn dân (kế hoạch 8,5 bác sĩ và 26 giường bệnh).",
      ).map((r) => [r[1], r[2]]),
    ).toEqual([
      ["bác sĩ/vạn dân", 8.7],
      ["giường bệnh/vạn dân", 26.5],
    ]);
  });

  it("names a bracketed bare rate after a count by what the count counts", () => {
    const got = rows("Toàn huyện có 37/41 trường học đạt tiêu chuẩn trường học an toàn (90,2%).");
    expect(got[1]).toEqual(["Tỷ lệ trường học đạt tiêu chuẩn trường học an toàn", "%", 90.2]);
  });

  it("proposes no level for a change in the count's own unit said with its reason", () => {
    expect(rows("Huyện có 53 trường mầm non, giảm 5 trường do sáp nhập điểm trường lẻ.")).toEqual([
      ["Trường mầm non", "trường", 53],
    ]);
  });

  it("names a target rate said by its direction alone by the rate reported before it", () => {
    expect(
      rows("Năm 2026, tỷ lệ trẻ em suy dinh dưỡng của xã còn 9,4%, năm 2027 phấn đấu giảm xuống còn 8,6%."),
    ).toEqual([
      ["Tỷ lệ trẻ em suy dinh dưỡng", "%", 9.4],
      ["Tỷ lệ trẻ em suy dinh dưỡng", "%", 8.6],
    ]);
  });

  it("names what schools of kinds joined by 'và' hold by its own noun", () => {
    expect(
      rows("Năm học này, thị xã có 57 trường tiểu học và trung học cơ sở với 21.430 học sinh.")[1],
    ).toEqual(["Học sinh", "học sinh", 21430]);
  });

  it("names each later place of a bracketed list by the first place's relation", () => {
    const got = rows(
      "Xã đưa 64 lao động đi làm việc có thời hạn, chủ yếu sang Đài Loan (39 người) và Nhật Bản (17 người).",
    );
    expect(got.slice(1)).toEqual([
      ["Sang Đài Loan", "người", 39],
      ["Sang Nhật Bản", "người", 17],
    ]);
  });

  it("names who took part by what they took part in", () => {
    expect(
      rows("Trong quý, huyện mở 12 lớp tập huấn chuyển đổi số với sự tham gia của 860 lượt cán bộ.")[1],
    ).toEqual(["Cán bộ tham gia lớp tập huấn chuyển đổi số", "lượt cán bộ", 860]);
  });
});
