/**
 * Money fined or paid in from fines, named by the field its paragraph opened with when the sentence
 * names no offence (src/core/extract-fines.ts). Sentences written for these tests; none is in the corpus.
 */
import { extractIndicators, type Proposal } from "../../src/core/extract";

const rows = (text: string) => extractIndicators(text, "vi").map((p: Proposal) => [p.name, p.unit, p.actual]);
const named = (text: string, actual: number) => rows(text).find((r) => r[2] === actual)?.[0];

describe("money fined under a topic", () => {
  it("takes the field a 'Về …,' lead opened", () => {
    expect(
      named(
        "Về vệ sinh an toàn thực phẩm, các đoàn kiểm tra liên ngành đã kiểm tra 1.275 lượt cơ sở, xử phạt 342,5 triệu đồng.",
        342.5,
      ),
    ).toBe("Tiền phạt vi phạm vệ sinh an toàn thực phẩm");
  });

  it("takes the field of a 'Công tác quản lý …' lead, over the count said before", () => {
    expect(
      named(
        "Công tác quản lý đất đai được chú trọng: phát hiện 58 trường hợp lấn chiếm, đã xử lý 51 trường hợp, phạt 865 triệu đồng.",
        865,
      ),
    ).toBe("Tiền phạt vi phạm đất đai");
  });

  it("names money paid in from violations dealt with, and where it went", () => {
    expect(
      named(
        "Đội kiểm lâm cơ động phát hiện, xử lý 43 vụ vi phạm Luật Lâm nghiệp, tịch thu 9,6 m3 gỗ, nộp ngân sách 517 triệu đồng.",
        517,
      ),
    ).toBe("Tiền phạt vi phạm luật lâm nghiệp nộp ngân sách");
  });

  it("leaves money paid in by businesses, where no violation is told, as it was", () => {
    const name = named(
      "Các doanh nghiệp trong cụm công nghiệp nộp ngân sách 214,8 tỷ đồng, tăng 6,1%.",
      214.8,
    );
    expect(name).not.toMatch(/phạt/u);
  });
});
