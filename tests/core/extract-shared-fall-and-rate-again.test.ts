/**
 * A target fall shared by several counts (src/core/extract-shared-fall.ts) and a rate called only
 * "tỷ lệ" after the paragraph named it (src/core/extract-rate-again.ts). Sentences written for these
 * tests, not taken from the corpus.
 */
import { readByRules as rules, rulesNameActualOrPlan as rows } from "./proposals";

describe("one fall set for several counts gives one target row per count", () => {
  it("reads the counts listed after the fall", () => {
    const got = rows(
      "Năm 2027, phấn đấu kéo giảm từ 7% trở lên số vụ cháy, số người chết và số người bị thương do cháy nổ.",
    );
    expect(got).toEqual([
      ["Mức giảm số vụ cháy do cháy nổ", null, "ít nhất 7%"],
      ["Mức giảm số người chết do cháy nổ", null, "ít nhất 7%"],
      ["Mức giảm số người bị thương do cháy nổ", null, "ít nhất 7%"],
    ]);
  });

  it("reads the counts listed before 'mỗi tiêu chí'", () => {
    const got = rows(
      "Chỉ tiêu năm 2027: kéo giảm số vụ, số người chết, số người bị thương vì tai nạn đường thủy, mỗi tiêu chí từ 4% trở lên.",
    );
    expect(got.map((r) => r[0])).toEqual([
      "Mức giảm số vụ",
      "Mức giảm số người chết",
      "Mức giảm số người bị thương vì tai nạn đường thủy",
    ]);
    expect(got.map((r) => r[2])).toEqual(["ít nhất 4%", "ít nhất 4%", "ít nhất 4%"]);
  });

  it("leaves a fall of one count alone", () => {
    const got = rows("Năm 2027 phấn đấu kéo giảm ít nhất 10% số vụ phạm pháp hình sự.");
    expect(got).toHaveLength(1);
  });
});

describe("a rate called only 'tỷ lệ' is the rate named last", () => {
  it("names 'đưa tỷ lệ lên' and 'tỷ lệ này' by the rate before", () => {
    expect(
      rows(
        "Tỷ lệ kênh mương nội đồng được kiên cố hóa đạt 71,4%. Năm 2027 dự kiến kiên cố hóa thêm 9 km, đưa tỷ lệ lên 76%.",
      ).map((r) => r[0]),
    ).toContain("Tỷ lệ kênh mương nội đồng được kiên cố hóa");
    const got = rows(
      "Tỷ lệ hộ dùng điện lưới quốc gia đạt 97,2%. Theo kế hoạch, đến năm 2030, tỷ lệ này đạt 100%.",
    );
    expect(got).toEqual([
      ["Tỷ lệ hộ dùng điện lưới quốc gia", 97.2, null],
      ["Tỷ lệ hộ dùng điện lưới quốc gia", null, "100%"],
    ]);
  });

  it("keeps the words after the figure when they say what the rate is of", () => {
    const got = rows(
      "Tỷ lệ hồ sơ trực tuyến đạt 71%. Có 4.120 người dân cài đặt ứng dụng, nâng tỷ lệ lên 63,5% dân số trưởng thành.",
    );
    expect(got[got.length - 1]?.[0]).not.toBe("Tỷ lệ hồ sơ trực tuyến");
  });
});

describe("disbursement named by the fund the paragraph named", () => {
  it("names money spent by the plan 'do … làm chủ đầu tư' before it", () => {
    const got = rules(
      "Kế hoạch vốn đầu tư công năm 2026 do phường Tây Hồ làm chủ đầu tư là 38,5 tỷ đồng. Đến ngày 31/10/2026 đã giải ngân 25,41 tỷ đồng, đạt 66% kế hoạch vốn.",
    );
    expect(got.map((p) => [p.name, p.actual])).toEqual([["Vốn đầu tư công đã giải ngân", 25.41]]);
  });

  it("names a share disbursed with no amount as the fund's rate of disbursement", () => {
    const got = rules(
      "Kế hoạch vốn đầu tư công năm 2026 của huyện là 512,8 tỷ đồng, trong đó vốn ngân sách tỉnh 204,1 tỷ đồng. Ước đến hết năm giải ngân đạt 95% kế hoạch vốn.",
    );
    expect(got[got.length - 1]?.name).toBe("Tỷ lệ giải ngân vốn đầu tư công");
  });
});
