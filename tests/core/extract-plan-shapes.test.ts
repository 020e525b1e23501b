/**
 * Shapes of plans, resolutions and mass organisations' reports (this year's result beside next
 * year's target in one sentence, bullet lists, counts of members and money mobilised) that the
 * extractor reads by grammar. Sentences written for these tests; none is in the corpus.
 */
import { extractIndicators, type Proposal } from "../../src/core/extract";

const read = (text: string): Proposal[] => extractIndicators(text, "vi");
const row = (p: Proposal): [string, number | null, number | null | string, string] => [
  p.name,
  p.actual,
  p.plan ?? p.planText,
  p.unit,
];

describe("a sentence that turns from one year to another", () => {
  it("reads the part about the year reported as results and the part about the next year as targets", () => {
    const got = read(
      "Năm 2025, sản lượng cà phê của huyện đạt 12.300 tấn, diện tích tái canh 640 ha; năm 2026 phấn đấu sản lượng cà phê 12.800 tấn.",
    );
    expect(got.map(row)).toEqual([
      ["Sản lượng cà phê", 12300, null, "tấn"],
      ["Diện tích tái canh", 640, null, "ha"],
      ["Sản lượng cà phê", null, 12800, "tấn"],
    ]);
  });

  it("takes a later year after an estimate as the year planned for, with no plan word", () => {
    const got = read(
      "Về y tế, năm 2025 tỷ lệ bao phủ bảo hiểm y tế ước đạt 93,1%, năm 2026 tỷ lệ bao phủ bảo hiểm y tế 94%; tỷ lệ trạm y tế xã có bác sĩ 100%.",
    );
    expect(got.map((p) => [p.actual, p.plan ?? p.planText, p.estimate])).toEqual([
      [93.1, null, true],
      [null, 94, false],
      [null, 100, false],
    ]);
  });

  it("leaves a sentence of one year alone", () => {
    const got = read("Năm 2025, toàn huyện trồng mới 120 ha rừng, so với năm 2024 tăng 8%.");
    expect(got.map((p) => p.actual)).toEqual([120]);
  });
});
