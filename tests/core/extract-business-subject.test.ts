// A business that reports is the subject of its sentences ("Công ty … quản lý 52 hồ chứa", "Hợp tác
// xã … có 312 thành viên"): no part of a row's name, whichever rule or the learnt chooser named it;
// and the chooser never takes a name holding another figure or a quotation's speaker. Sentences
// written for these tests.
import { describe, expect, it } from "@jest/globals";
import { findActualOrPlan as row, read } from "./proposals";

describe("the business that reports is cut from a name", () => {
  it("after its proper name, whatever verb it did", () => {
    const ps = read(
      "Công ty TNHH MTV Thủy nông Sông Lam quản lý 52 hồ chứa và 87 trạm bơm. Công ty TNHH MTV Xổ số Hà Trung phát hành 184,2 triệu vé.",
    );
    expect(row(ps, 52)?.name).toBe("Quản lý hồ chứa");
    expect(row(ps, 87)?.name).toMatch(/^Quản lý trạm bơm/u);
    expect(row(ps, 184_200_000)?.name).toMatch(/^Phát hành/u);
  });

  it("a bare body, and a word of time or manner after it", () => {
    const ps = read(
      "Năm 2026, tổng công ty duy trì việc làm cho 5.420 lao động. Chi nhánh thu phí dịch vụ 84,6 tỷ đồng. Năm 2027, công ty cũng lên kế hoạch trồng mới 240 ha.",
    );
    expect(row(ps, 5420)?.name).toBe("Lao động được duy trì việc làm");
    expect(row(ps, 84.6)?.name).toMatch(/^Thu phí dịch vụ/u);
    expect(row(ps, 240)?.name).toMatch(/^Trồng mới/u);
  });

  it("names the members a business has by themselves", () => {
    const ps = read("Quỹ tín dụng nhân dân Hưng Lộc có 2.716 thành viên, vốn điều lệ 9,8 tỷ đồng.");
    expect(row(ps, 2716)?.name).toBe("Thành viên");
  });
});

describe("names the learnt chooser may not take", () => {
  it("keeps the rules' name over one holding another figure", () => {
    const ps = read(
      "Năm 2026, công ty sản xuất 9,3 triệu đôi giày và 2.140 tấn đế cao su. Hợp tác xã đạt tổng doanh thu 6.215 triệu đồng, lãi 742 triệu đồng.",
    );
    expect(row(ps, 2140)?.name).not.toMatch(/\d|triệu/u);
    expect(row(ps, 742)?.name).toBe("Lãi");
  });

  it("keeps the rules' name over a business's or a speaker's", () => {
    const ps = read(
      '"Năm 2027, chúng tôi đặt mục tiêu doanh thu 915 tỷ đồng", Tổng giám đốc Trần Minh Đức cho biết. Công ty cổ phần Lữ hành Mây Trắng đón 212.600 lượt khách.',
    );
    expect(row(ps, 915)?.name).toBe("Doanh thu");
    expect(row(ps, 212_600)?.name).toMatch(/^Đón lượt khách/u);
  });
});
