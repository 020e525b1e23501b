/**
 * Thin names given what the sentence said before: a stock raised to its figure keeps "Tổng số"
 * (src/core/extract.ts), a count said again for the year by its unit's first word is the count before
 * (src/core/extract-period-clauses.ts), and people "với" cases charged are of that charge
 * (COUNT_VERBS in src/core/extract-names.ts); a result after "vượt mốc" its threshold named (src/core/
 * extract-thin-names.ts). Sentences written for these tests, not from the corpus.
 */
import { readNamesByRules as rules } from "./proposals";

const named = (text: string): [number | null, string][] =>
  rules(text).map((p) => [p.actual ?? p.plan, p.name]);

describe("a short stock raised to its figure is the total", () => {
  it("names 'Tổng số đoàn viên' and its share without the total", () => {
    const got = named(
      "Năm 2026 kết nạp 612 đoàn viên, nâng tổng số đoàn viên lên 18.240 người, chiếm 64,2% thanh niên.",
    );
    expect(got).toContainEqual([18240, "Tổng số đoàn viên"]);
    expect(got.find(([v]) => v === 64.2)?.[1]).not.toMatch(/tổng số/u);
  });

  it("leaves a longer stock as it is said", () => {
    expect(
      named(
        "Có thêm 5 doanh nghiệp, nâng tổng số doanh nghiệp đang hoạt động trên địa bàn lên 318 doanh nghiệp.",
      ),
    ).toContainEqual([318, "Doanh nghiệp đang hoạt động trên địa bàn"]);
  });
});

describe("a count said again over the year by the first word of its unit", () => {
  it("is the count before, for the whole year", () => {
    expect(
      named(
        "9 tháng: cấp 812 giấy phép xây dựng, đạt 70,2% KH; ước cả năm 1.160 giấy, vượt 0,5% KH.",
      )[1]?.[1],
    ).toBe("Cấp giấy phép xây dựng cả năm");
  });
});

describe("people counted with the cases a verb acted on", () => {
  it("keeps the verb 'truy tố' in the people's name", () => {
    expect(named("Viện kiểm sát đã truy tố 214 vụ với 386 bị can.")).toContainEqual([
      386,
      "Bị can của vụ truy tố",
    ]);
  });
});

describe("a result said after the threshold it passed", () => {
  it("is named by the words before the threshold, which is no row", () => {
    expect(named("Năm nay, sản lượng điện thương phẩm lần đầu vượt mốc 2 tỷ kWh, đạt 2,16 tỷ kWh.")).toEqual([
      [2160000000, "Sản lượng điện thương phẩm"],
    ]);
  });
});
