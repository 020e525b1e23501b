/**
 * Figures of a request's paperwork, a meeting's clock time and an event's year count nothing
 * (src/core/extract-figures.ts, src/core/extract-not-counted.ts). Sentences written for these tests,
 * not taken from the corpus.
 */
import { read } from "./proposals";

const rows = (text: string) => read(text).map((p) => [p.unit, p.actual]);

describe("paperwork, clock times and years are no indicators", () => {
  it("leaves out a document's annexes, forms and paper copies", () => {
    expect(
      rows(
        "Đề nghị các phòng, ban gửi báo cáo (bản Word và Excel, 4 phụ lục kèm theo) trước ngày 3/12/2026; số liệu ghi theo Phụ lục 3 kèm theo, đồng gửi 03 bản giấy.",
      ),
    ).toEqual([]);
    expect(
      rows("Phòng Nội vụ đề nghị gửi báo cáo theo Phụ lục 04, 05 kèm theo. Biểu mẫu kèm theo gồm 9 phụ lục."),
    ).toEqual([]);
  });

  it("leaves out the minutes of a clock time and whose leaders attended", () => {
    expect(
      rows(
        "Thành phần: 21 đại biểu là lãnh đạo các phòng, ban và 14 xã, phường. Hội nghị bắt đầu lúc 8 giờ 15 và kết thúc lúc 11 giờ 40 cùng ngày.",
      ),
    ).toEqual([]);
  });

  it("leaves out a particle after a bare figure said aloud", () => {
    expect(rows("Năm ngoái cả xã được bao nhiêu? Chỉ 23 thôi.")).toEqual([]);
  });

  it("reads a year before an event's verb as when, keeping the figure after it", () => {
    expect(rows("Hội chợ Xuân Tây Giang 2026 thu hút 64 nghìn lượt khách.")).toEqual([["lượt khách", 64000]]);
    expect(rows("Huyện xếp thứ 3/18 trong bảng xếp hạng DDCI 2025 công bố ngày 9/5/2026.")).toEqual([]);
  });

  it("still counts copies printed and annex-free documents' results", () => {
    expect(rows("Nhà xuất bản in 12.000 bản sách giáo khoa cho học sinh vùng cao.")).toEqual([
      ["bản", 12000],
    ]);
  });
});

describe("a level the zoning plans to reach", () => {
  const tenses = (text: string) => read(text).map((p) => [p.actual, p.plan]);

  it("reads a planned widening as a target, land zoned already as done", () => {
    expect(tenses("Diện tích trồng cà phê năm 2027 được quy hoạch mở rộng lên 1.200 ha.")).toEqual([
      [null, 1200],
    ]);
    expect(tenses("Vùng trồng dược liệu được quy hoạch nâng lên 640 ha.")).toEqual([[null, 640]]);
    expect(tenses("Diện tích đất lúa đã được quy hoạch mở rộng lên 900 ha trong năm.")).toEqual([
      [900, null],
    ]);
  });
});

describe("a department's own bodies told to report by a date", () => {
  it("leaves out the schools, centres and health stations addressed, still counts them as results", () => {
    expect(
      rows(
        "Sở Giáo dục đề nghị các trường THPT và 7 trung tâm giáo dục nghề nghiệp rà soát hồ sơ, báo cáo về Sở trước ngày 15/1/2027.",
      ),
    ).toEqual([]);
    expect(
      rows("Sở Y tế chỉ đạo các bệnh viện và 12 trạm y tế xã hoàn thành tiêm chủng trước ngày 30/6/2027."),
    ).toEqual([]);
    expect(rows("Trong năm, 12 trạm y tế xã đạt chuẩn quốc gia.")).toEqual([["trạm y tế", 12]]);
  });
});

describe("money assigned by a named body, then spent against it", () => {
  it("reads the assigned money as the plan of the spending, no row of its own", () => {
    const ps = read(
      "Năm nay huyện được Thủ tướng Chính phủ và UBND tỉnh giao 1.250 tỷ đồng. Đến ngày 30/9/2026, huyện đã giải ngân 812,4 tỷ đồng, đạt 65% kế hoạch.",
    );
    expect(ps.map((p) => [p.actual, p.plan, p.pctPlan])).toEqual([[812.4, 1250, 65]]);
  });
});
