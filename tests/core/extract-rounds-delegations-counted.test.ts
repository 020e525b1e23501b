/**
 * Words that mostly count nothing ("đợt", "đoàn", "nhóm", "đơn vị", "bằng") count in the shapes
 * reports use them for: rounds of a disaster or a campaign, delegations, a nursery's groups, public
 * bodies reorganised, patents; "thiết chế" (a cultural facility) is counted whole. Sentences written
 * for these tests; none is in the corpus.
 */
import { extractIndicators } from "../../src/core/extract";

const read = (text: string) => extractIndicators(text, "vi").map((p) => [p.unit, p.actual ?? p.plan]);

describe("counts in words that mostly count nothing", () => {
  it("counts rounds of weather and of a campaign", () => {
    expect(read("Năm 2025, trên địa bàn huyện xảy ra 9 đợt rét đậm, rét hại.")).toEqual([["đợt", 9]]);
    expect(read("Công an huyện tổ chức 4 đợt ra quân truy quét tội phạm ma túy.")).toEqual([["đợt", 4]]);
  });

  it("does not count the parts a task is split into", () => {
    expect(read("Kinh phí hỗ trợ được cấp chia làm 2 đợt thanh toán.")).toEqual([]);
  });

  it("counts delegations sent and received, not teams sent to inspect", () => {
    expect(read("Sở Ngoại vụ cử 21 đoàn đi học tập ở nước ngoài và đón 96 đoàn khách quốc tế.")).toEqual([
      ["đoàn", 21],
      ["đoàn", 96],
    ]);
    expect(read("Ban Chỉ đạo tổ chức 5 đoàn kiểm tra tại các xã.")).toEqual([]);
  });

  it("counts a nursery's groups and classes, not groups of tasks", () => {
    expect(read("Trường mầm non Hoa Mai có 23 nhóm, lớp.")).toEqual([["nhóm", 23]]);
    expect(read("Hội nghị thống nhất 5 nhóm giải pháp trọng tâm.")).toEqual([]);
  });

  it("counts public bodies merged, though merged communes are not counted", () => {
    expect(read("Năm 2025, tỉnh sắp xếp, sáp nhập 17 đơn vị sự nghiệp công lập.")).toEqual([["đơn vị", 17]]);
  });

  it("counts patents after a name that says 'văn bằng'", () => {
    expect(read("Số sáng chế được cấp văn bằng bảo hộ đạt 6 bằng.")).toEqual([["bằng", 6]]);
  });

  it("counts cultural facilities whole", () => {
    expect(read("Toàn huyện có 58 thiết chế văn hóa, thể thao cấp xã.")).toEqual([["thiết chế", 58]]);
  });
});
