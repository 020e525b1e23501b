import { DEFAULT_SETTINGS } from "../../src/core/model";
import { formatNumber, formatPercent } from "../../src/core/numbers";
import { implausible, significantDigits } from "../../src/core/plausible";
import { reportPlainText, reportText } from "../../src/core/report";
import { checkTable } from "../../src/core/rules";
import { readTable } from "../../src/core/table";

const THIRTY = "123456789012345678901234567890";

describe("figures nobody meant", () => {
  const grid = [
    ["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện", "Cùng kỳ"],
    ["1", "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, THIRTY, 160],
    ["2", "Thu ngân sách trên địa bàn", "tỷ đồng", 329, Number(THIRTY), 472],
    ["3", "Hộ kinh doanh chuyển lên doanh nghiệp", "doanh nghiệp", 30, 35, null],
  ];
  const check = checkTable(readTable(grid, { convention: "vi" }), DEFAULT_SETTINGS);

  test("a 30-digit paste, as text or as a number, is an error on its cell and left out of the sums", () => {
    const found = check.findings.filter((f) => f.code === "implausible_number");
    expect(found.map((f) => [f.severity, f.cell?.address])).toEqual([
      ["error", "E2"],
      ["error", "E3"],
    ]);
    expect(found[0]?.message.vi).toContain("nhiều hơn 15 chữ số");
    expect(found[1]?.message.vi).toContain('"tỷ đồng"');
    const [firms, budget, households] = [...check.results.values()];
    expect([firms?.pctPlan, firms?.verdict]).toEqual([null, "chua_co_so_lieu"]);
    expect([budget?.pctPlan, budget?.verdict]).toEqual([null, "chua_co_so_lieu"]);
    expect(households?.pctPlan).toBeCloseTo(116.67, 2);
  });

  test("no report, message or fix carries NaN, Infinity, an exponent or a run of 16 digits", () => {
    for (const lang of ["vi", "en"] as const) {
      const text = [
        reportPlainText(reportText(check, lang, lang)),
        ...check.findings.map((f) => f.message[lang]),
      ].join("\n");
      expect(text).not.toMatch(/NaN|Infinity|\d[eE][+-]?\d|\d{16}/);
    }
  });

  test("formatNumber and formatPercent never write an exponent, NaN or Infinity", () => {
    expect(formatNumber(1e30, "vi")).toBe("1.000.000.000.000.000.000.000.000.000.000");
    expect(formatPercent(1e21, "en", 2)).toBe("1,000,000,000,000,000,000,000.00%");
    expect(formatNumber(1e-9, "vi")).toBe("0");
    expect(formatNumber(Number.NaN, "vi")).toBe("—");
    expect(formatPercent(Number.POSITIVE_INFINITY, "en")).toBe("—");
  });

  test("plausible figures of the seeds pass: 94.450.000 đồng, 10.160,896 tỷ, 1.390.000 tấn, 117,33%", () => {
    expect(implausible(94_450_000, "đồng", "94.450.000")).toBeNull();
    expect(implausible(10160.896, "tỷ đồng", "10.160,896")).toBeNull();
    expect(implausible(1_390_000, "tấn", null)).toBeNull();
    expect(implausible(117.33, "%", "117,33%")).toBeNull();
    expect(implausible(20_000_000, "tỷ đồng", null)).toEqual({ why: "size", limit: 1e7 });
    expect(implausible(2e10, "người", null)?.why).toBe("size");
    expect(significantDigits("6.794,12")).toBe(6);
    expect(significantDigits("0,000123")).toBe(3);
    expect(significantDigits(THIRTY)).toBe(29);
  });
});
