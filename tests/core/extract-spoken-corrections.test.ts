/**
 * Spoken and chat reporting: a figure the speaker takes back, chat shorthand for units and limits,
 * and who sat in a meeting said short. Sentences written for these tests (tuneAO), in no corpus.
 */
import { read } from "./proposals";

const figures = (text: string): [number | null, number | null, string][] =>
  read(text).map((p) => [p.actual, p.plan, p.unit]);

describe("a figure the speaker corrects", () => {
  it("keeps only the figure said after 'à, tôi nói lại là' or 'xin lỗi', with the name before it", () => {
    const got = read(
      "Ông Giám đốc Sở trả lời: năm nay tỉnh thu hút khoảng 2.700 tỷ đồng vốn đầu tư, à, tôi nói lại là 2.760 tỷ đồng. Cả năm xảy ra 54 vụ cháy, làm chết 11 người, xin lỗi, 12 người.",
    );
    expect(got.map((p) => [p.actual, p.unit])).toEqual([
      [2760, "tỷ đồng"],
      [54, "vụ"],
      [12, "người"],
    ]);
    expect(got[0]?.name).not.toMatch(/nói lại/u);
  });

  it("keeps the exact figure after a rounded one ('khoảng 80%, chính xác là 81,7%')", () => {
    expect(figures("Tỷ lệ hộ dùng nước sạch ở nông thôn khoảng 80%, chính xác là 81,7%.")).toEqual([
      [81.7, null, "%"],
    ]);
  });

  it("drops the figure a chat says its draft had wrong ('không phải … như bản trước')", () => {
    expect(
      figures("KH 2027 phường Ngọc Khê: thu NS 7.400 tr.đ (không phải 7.100 tr.đ như bản trước)."),
    ).toEqual([[null, 7400, "triệu đồng"]]);
  });

  it("keeps the parts after 'cụ thể là', which break a whole down and correct nothing", () => {
    const got = figures(
      "Năm nay huyện khởi công 12 dự án, cụ thể là 5 dự án giao thông và 7 dự án thủy lợi.",
    );
    expect(got.map(([a]) => a)).toEqual([12, 5, 7]);
  });
});

describe("chat shorthand", () => {
  it("writes out 'lđ' after a count, and 'LĐ' typed once after a result's plan", () => {
    expect(figures("Phường Bến Gỗ: giải quyết việc làm 215 lđ.")).toEqual([[215, null, "lao động"]]);
    expect(figures("Xã Hòa Mỹ: giải quyết việc làm mới TH 318/KH 300 LĐ, đạt 106% KH.")).toEqual([
      [318, 300, "lao động"],
    ]);
  });

  it("reads '<1 tuổi' as 'dưới 1 tuổi', so the age stays in the name", () => {
    const [child] = read("Trạm y tế gửi a/c: tiêm chủng đầy đủ trẻ <1 tuổi 412/430 trẻ.");
    expect([child?.name, child?.actual, child?.total]).toEqual([
      "Tiêm chủng đầy đủ trẻ dưới 1 tuổi",
      412,
      430,
    ]);
  });
});

describe("who sat in a meeting, said short in minutes", () => {
  it("proposes no 'có 11 thành viên dự', but a cooperative's members stay", () => {
    expect(figures("Biên bản họp Ban Chỉ đạo phường ngày 04/12/2026, có 11 thành viên dự.")).toEqual([]);
    expect(figures("Hợp tác xã Tân Lợi có 312 thành viên.")).toEqual([[312, null, "thành viên"]]);
  });
});
