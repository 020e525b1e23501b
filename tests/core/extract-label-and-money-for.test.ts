/**
 * A bullet's label with a comma in it names its figure whole; money named by a giving verb alone is
 * named by what it is for ("cho …"). Sentences written for these tests; none is in the corpus.
 */
import { find, readNamesByRules } from "./proposals";

describe("bullet labels with commas and money given for something", () => {
  it("keeps a bullet's label whole across its comma", () => {
    const got = readNamesByRules(
      "Chi ngân sách huyện 10 tháng năm 2026:\n- Chi sự nghiệp giáo dục, đào tạo và dạy nghề: 214,6 tỷ đồng;\n- Chi quản lý hành chính, đảng, đoàn thể: 87,3 tỷ đồng.",
    );
    expect(find(got, 214.6)?.name).toBe("Chi sự nghiệp giáo dục, đào tạo và dạy nghề");
    expect(find(got, 87.3)?.name).toBe("Chi quản lý hành chính, đảng, đoàn thể");
  });

  it("names money set aside by the 'cho …' after it, but leaves support paid 'Hỗ trợ'", () => {
    const got = readNamesByRules(
      "Năm 2026, huyện bố trí 4,6 tỷ đồng cho Quỹ hỗ trợ nông dân, phân bổ 2,1 tỷ đồng cho các xã đặc biệt khó khăn.",
    );
    expect(find(got, 4.6)?.name).toBe("Bố trí cho Quỹ hỗ trợ nông dân");
    expect(find(got, 2.1)?.name).toBe("Phân bổ cho các xã đặc biệt khó khăn");
    expect(find(readNamesByRules("Hỗ trợ 0,9 tỷ đồng cho hộ cận nghèo."), 0.9)?.name).toBe("Hỗ trợ");
  });
});
