/**
 * A count received with "đón" is named by what was received, not by the verb ("Tàu", "Hành khách",
 * "Hàng hóa"); the counter "lượt" goes with the verb, the unit says it. Visitors ("lượt khách") keep
 * the tourism rule's name. Sentences written for these tests; none is in the corpus.
 */
import { extractIndicators } from "../../src/core/extract";

const rows = (text: string) =>
  extractIndicators(text, "vi").map((p) => [p.name, p.actual ?? p.plan, p.unit] as const);

describe("a count received with đón", () => {
  it("is named by what was received", () => {
    expect(rows("Năm 2028, bến cảng Vũng Sen đã đón 1.736 lượt tàu.")).toEqual([["Tàu", 1736, "lượt tàu"]]);
    const [target] = extractIndicators(
      "Năm 2029, sân bay Đồi Cát phấn đấu đón 3,1 triệu lượt hành khách.",
      "vi",
    );
    expect(target?.name).not.toMatch(/^đón/iu);
    expect(target?.name).toMatch(/^Hành khách/u);
    expect(target?.unit).toBe("lượt hành khách");
    expect(target?.actual).toBeNull();
  });

  it("leaves visitors to the tourism rule", () => {
    const [v] = extractIndicators("Năm 2028, khu du lịch Hồ Mây đón 412.000 lượt khách du lịch.", "vi");
    expect(v?.unit).toBe("lượt khách");
    expect(v?.name).toMatch(/khách/iu);
  });
});
