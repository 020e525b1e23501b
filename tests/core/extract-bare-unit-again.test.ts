/**
 * A count said again by its bare unit in the same sentence (src/core/extract-unit-again.ts), and a
 * rate raised "lên N% dân số …" named by whom it counts (src/core/extract-rate-again.ts). Sentences
 * written for these tests, not taken from the corpus.
 */
import { readByRules as rules } from "./proposals";

const named = (text: string): [string, number | null][] =>
  rules(text).map((p) => [p.name, p.actual ?? p.plan]);

describe("a bare unit said again is the kind counted before it", () => {
  it("gives the cases handled and their rate the words of the cases found", () => {
    const got = named(
      "Năm 2026, phát hiện 86 trường hợp lấn chiếm hành lang giao thông, đã xử lý 79 trường hợp, đạt 91,86%.",
    );
    expect(got).toEqual([
      ["Phát hiện trường hợp lấn chiếm hành lang giao thông", 86],
      ["Xử lý trường hợp lấn chiếm hành lang giao thông", 79],
      ["Tỷ lệ xử lý trường hợp lấn chiếm hành lang giao thông", 91.86],
    ]);
  });

  it("gives a level raised to by its bare unit the words of the count before", () => {
    const got = named(
      "Có 6/9 trạm y tế đạt chuẩn quốc gia về y tế, năm 2027 xây thêm 1 trạm, nâng lên 7/9 trạm.",
    );
    expect(got[got.length - 1]).toEqual(["Nâng lên trạm y tế đạt chuẩn quốc gia về y tế", 7]);
  });

  it("leaves a part in brackets to its own label", () => {
    const got = named("Có 530 hộ đạt danh hiệu gia đình văn hóa (khu phố Đông 210 hộ, khu phố Tây 320 hộ).");
    expect(got.map(([n]) => n)).not.toContain("Khu phố Đông hộ đạt danh hiệu gia đình văn hóa");
    expect(got.some(([n]) => /danh hiệu/u.test(n) && n !== got[0]?.[0])).toBe(false);
  });

  it("does not reach into the next sentence", () => {
    const got = named("Phát hiện 12 vụ buôn lậu thuốc lá. Khởi tố 5 vụ.");
    expect(got[1]?.[0]).not.toMatch(/buôn lậu/u);
  });

  it("drops where that 'has' the count ('xã … có 8 trường')", () => {
    const got = named("Năm học 2026 - 2027, xã Bình Yên có 8 trường với 2.140 học sinh.");
    // A place's own count is named "Số …" (extract-proposals: what a named place "có").
    expect(got[0]).toEqual(["Số trường", 8]);
  });
});

describe("a rate raised to a share of whom it counts", () => {
  it("names the rate by the people said after the figure", () => {
    const got = named(
      "Đã có 6.120 người dân cài đặt ứng dụng công dân số, nâng tỷ lệ lên 73,5% dân số từ 18 tuổi trở lên.",
    );
    expect(got[got.length - 1]).toEqual(["Tỷ lệ dân số từ 18 tuổi trở lên", 73.5]);
  });
});
