/**
 * A target of new things founded in the year after "có thêm" and a work joined to it by "và"; "không
 * để" inside a name; classifiers of pages, guns and patents (src/core/extract.ts, extract-names.ts,
 * extract-figures.ts). Sentences written for these tests; none is in the corpus.
 */
import { extractIndicators, type Proposal } from "../../src/core/extract";

const rows = (text: string) =>
  extractIndicators(text, "vi").map((p: Proposal) => [p.name, p.unit, p.actual, p.plan ?? p.planText]);

describe("new things of the year and classifiers", () => {
  it("keeps a target of new ones founded after 'có thêm', and the work joined to it by 'và'", () => {
    expect(
      rows(
        "Năm 2027, chúng ta phải phấn đấu có thêm ít nhất 420 hợp tác xã thành lập mới và giải ngân 100% kế hoạch vốn.",
      ),
    ).toEqual([
      ["Hợp tác xã thành lập mới", "hợp tác xã", null, "ít nhất 420"],
      ["Tỷ lệ giải ngân", "%", null, 100],
    ]);
    // The rise of a stock is still no target to check.
    expect(rows("Năm 2027, phấn đấu có thêm ít nhất 4 trạm y tế đạt chuẩn quốc gia.")).toEqual([]);
  });

  it("keeps 'không để xảy ra' in the name of the places counted and their share", () => {
    expect(rows("Năm 2026 có 41/52 xã không để xảy ra cháy rừng, chiếm 78,85%.")).toEqual([
      ["Xã không để xảy ra cháy rừng", "xã", 41, null],
      ["Tỷ lệ xã không để xảy ra cháy rừng", "%", 78.85, null],
    ]);
  });

  it("counts pages, guns and patents by their classifier", () => {
    expect(
      rows(
        "Thư viện số hóa 8.640 trang sách cổ; Công an thu hồi 57 khẩu súng tự chế; được cấp 6 bằng độc quyền sáng chế.",
      ).map(([, unit, actual]) => [unit, actual]),
    ).toEqual([
      ["trang", 8640],
      ["khẩu", 57],
      ["bằng", 6],
    ]);
  });
});
