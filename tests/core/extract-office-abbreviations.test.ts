// Office briefs type the names of their rows in abbreviations (XKLĐ, TNGT, CCCD, KCB, NVQS, TTHC,
// GTNT, TTXD …) a table spells out, and a few whose meaning the context gives (KN kim ngạch or kết
// nạp, DT diện tích or doanh thu, NS năng suất or ngân sách). Sentences written for these tests.
import { describe, expect, it } from "@jest/globals";
import { findActualOrPlan as row, read } from "./proposals";

describe("abbreviations of one meaning are spelt out in names", () => {
  it("writes out labour export, traffic accidents and identity cards", () => {
    const ps = read(
      "Xã Hòa Mỹ Tây 9 tháng: XKLĐ 47 người; TNGT 3 vụ, bị thương 2 người; cấp CCCD 816 trường hợp.",
    );
    expect(row(ps, 47)?.name).toMatch(/^Xuất khẩu lao động/u);
    expect(row(ps, 3)?.name).toMatch(/^Tai nạn giao thông/u);
    expect(row(ps, 816)?.name).toMatch(/^Cấp căn cước công dân/u);
  });

  it("writes out medical visits, military service and administrative procedures", () => {
    const ps = read(
      "TTYT huyện: tổng lượt KCB 52.318 lượt. Ban CHQS: khám tuyển NVQS 634 công dân. Một cửa: tiếp nhận 7.215 hồ sơ TTHC; cứng hóa 12,4 km đường GTNT.",
    );
    expect(row(ps, 52_318)?.name).toMatch(/khám chữa bệnh/u);
    expect(row(ps, 634)?.name).toMatch(/nghĩa vụ quân sự/u);
    expect(row(ps, 7215)?.name).toMatch(/thủ tục hành chính/u);
    expect(row(ps, 12.4)?.name).toMatch(/giao thông nông thôn/u);
  });

  it("keeps an office's own abbreviation joined by a dash", () => {
    const ps = read("Phòng LĐ-TB&XH: tỷ lệ LĐ qua đào tạo ước 68,4%.");
    expect(row(ps, 68.4)?.name).toBe("Tỷ lệ lao động qua đào tạo");
  });
});

describe("abbreviations whose meaning the context gives", () => {
  it("reads KN as kim ngạch before trade and as kết nạp before members", () => {
    const ps = read("Tháng 10: KN nhập khẩu 41,7 triệu USD. Đảng bộ KN đảng viên mới 23 đảng viên.");
    expect(row(ps, 41.7)?.name).toMatch(/^Kim ngạch nhập khẩu/u);
    expect(row(ps, 23)?.name).toMatch(/kết nạp/iu);
  });

  it("reads DT by its figure's unit: an area in ha, revenue in money", () => {
    const ps = read("HTX Đồng Xanh: DT lúa hữu cơ 86,2 ha; DT 3,14 tỷ đ.");
    expect(row(ps, 86.2)?.name).toMatch(/^Diện tích lúa hữu cơ/u);
    expect(row(ps, 3.14)?.name).toMatch(/^Doanh thu/u);
    expect(row(ps, 3.14)?.unit).toBe("tỷ đồng");
  });

  it("reads NS as a yield before tạ/ha and as the budget elsewhere", () => {
    const ps = read("Vụ Mùa: NS ngô 52,6 tạ/ha. Thu NS xã 3.418 tr.đ.");
    expect(row(ps, 52.6)).toMatchObject({ name: "Năng suất ngô", unit: "tạ/ha" });
    expect(row(ps, 3418)?.name).toBe("Thu ngân sách xã");
  });
});
