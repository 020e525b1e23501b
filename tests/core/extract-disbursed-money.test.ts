/**
 * Money disbursed, named by the verb alone in its clause (src/core/extract-disbursed.ts): named by the
 * fund the paragraph names, or the lender, and dated when it is an estimate to a later cut-off.
 * Sentences written for these tests; none is in the corpus.
 */
import { extractIndicators, type Proposal } from "../../src/core/extract";

const rows = (text: string) => extractIndicators(text, "vi").map((p: Proposal) => [p.name, p.unit, p.actual]);
const named = (text: string, actual: number) => rows(text).find((r) => r[2] === actual)?.[0];

describe("money disbursed, named by its verb alone", () => {
  it("takes the fund the same sentence allotted", () => {
    expect(
      named(
        "Năm 2026, phường Hòa Xuân được bố trí 12.480 triệu đồng vốn ngân sách thành phố phân cấp, đã giải ngân 10.215 triệu đồng, đạt 81,9% kế hoạch.",
        10215,
      ),
    ).toBe("Giải ngân vốn ngân sách thành phố phân cấp");
  });

  it("takes the fund an earlier sentence of the paragraph planned", () => {
    expect(
      named(
        "Kế hoạch vốn đầu tư công năm 2026 của huyện là 356,4 tỷ đồng. Đến ngày 30/11/2026, huyện mới giải ngân 212,7 tỷ đồng, đạt 59,7%.",
        212.7,
      ),
    ).toBe("Giải ngân vốn đầu tư công");
  });

  it("says it is money when no fund is named", () => {
    expect(named("Trong 9 tháng, toàn tỉnh đã giải ngân 1.064,2 tỷ đồng, bằng 62,3% kế hoạch.", 1064.2)).toBe(
      "Giải ngân vốn",
    );
  });

  it("keeps the fund or the bank that lent it", () => {
    expect(
      named(
        "Ngân hàng Chính sách xã hội thị xã giải ngân 318,5 tỷ đồng cho 7.140 lượt hộ vay; dư nợ đạt 1.406 tỷ đồng.",
        318.5,
      ),
    ).toBe("Giải ngân vốn của Ngân hàng Chính sách xã hội thị xã");
  });

  it("dates an estimate to a later cut-off, a row of its own beside the amount to date", () => {
    const got = rows(
      "Kế hoạch vốn đầu tư công năm 2026 được giao 842,6 tỷ đồng. Đến ngày 15/12/2026 đã giải ngân 611,3 tỷ đồng, đạt 72,5%. Ước đến 31/01/2027 giải ngân 808,9 tỷ đồng, đạt 96% kế hoạch.",
    );
    expect(got.find((r) => r[2] === 808.9)?.[0]).toBe("Giải ngân vốn đầu tư công ước đến 31/01/2027");
    expect(got.find((r) => r[2] === 611.3)?.[0]).not.toMatch(/ước đến/u);
  });

  it("leaves a project's disbursement to the project's own name", () => {
    const name = named(
      "Dự án đường liên xã Tân Hòa - Phú Mỹ dài 6,4 km, tổng mức đầu tư 148 tỷ đồng; dự án đã giải ngân 97,3 tỷ đồng.",
      97.3,
    );
    expect(name).not.toBe("Giải ngân vốn");
  });
});
