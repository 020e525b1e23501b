/**
 * A percentage named only by how timely the work was ("đúng hạn 98,7%") is the share of what was
 * counted just before done so (src/core/extract-timely-share.ts); a bare "nâng tỷ lệ lên …" after a
 * count is the rate of what was counted (extract-rate-again.ts). Sentences written for these tests;
 * none is in the corpus.
 */
import { nameUnitActualOf as rows, read } from "./proposals";

describe("timely shares named by the count before them", () => {
  it("names 'đúng hạn' after a count of files by the files and their verb", () => {
    expect(
      rows("Lũy kế từ đầu năm: thu ngân sách 9.120 triệu đồng; giải quyết 3.806 hồ sơ, đúng hạn 98,7%."),
    ).toContainEqual(["Tỷ lệ hồ sơ giải quyết đúng hạn", "%", 98.7]);
  });

  it("keeps the verb written with the timeliness", () => {
    expect(
      rows("Bộ phận một cửa phường Đông Lâm tiếp nhận 2.410 hồ sơ, giải quyết trước hạn 64,2%."),
    ).toContainEqual(["Tỷ lệ hồ sơ giải quyết trước hạn", "%", 64.2]);
  });

  it("leaves a named rate alone", () => {
    expect(rows("Tiếp nhận 1.200 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 97,5%.").map((r) => r[0])).toContain(
      "Tỷ lệ giải quyết đúng hạn",
    );
  });
});

describe("a rate raised after a count", () => {
  it("is the rate of what was just counted, not the rate named last", () => {
    const p = read(
      "Tỷ lệ trường đạt chuẩn quốc gia 71,2%. Tỷ lệ học sinh bỏ học còn 0,3%. Năm 2027 công nhận thêm 5 trường đạt chuẩn quốc gia, nâng tỷ lệ lên 78,4%.",
    ).find((x) => x.plan === 78.4 || x.actual === 78.4);
    expect(p?.name).toBe("Tỷ lệ trường đạt chuẩn quốc gia");
  });

  it("is named by the count's noun when no rate of it came before", () => {
    expect(
      rows("Tỷ lệ hộ dùng nước sạch đạt 93%. Năm 2026 có thêm 4 thôn đạt chuẩn văn hóa, nâng tỷ lệ lên 86%."),
    ).toContainEqual(["Tỷ lệ thôn đạt chuẩn văn hóa", "%", 86]);
  });
});
