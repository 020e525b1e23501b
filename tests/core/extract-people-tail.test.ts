/**
 * Enrolment counted in "người" is named without the unit repeated after it
 * (src/core/extract-people-tail.ts). Sentences written for these tests; none is in the corpus.
 */
import { nameUnitActualOf as rows } from "./proposals";

describe("enrolment counted in người", () => {
  it("drops a trailing 'người' after enrolment and its levels", () => {
    const got = rows(
      "Năm 2025, Trường Cao đẳng nghề Long Điền tuyển sinh 2.318 người, trong đó cao đẳng 406 người, trung cấp 771 người, sơ cấp 1.141 người.",
    );
    const names = got.map((r) => r[0]);
    expect(names.some((n) => /tuyển sinh$/iu.test(String(n)))).toBe(true);
    expect(got).toContainEqual(["Trung cấp", "người", 771]);
    expect(got).toContainEqual(["Sơ cấp", "người", 1141]);
    expect(names.some((n) => /người$/u.test(String(n)))).toBe(false);
  });

  it("keeps 'người' after a qualifier of whom", () => {
    const got = rows("Toàn huyện có 9.214 người tham gia bảo hiểm xã hội, trong đó bắt buộc 7.630 người.");
    expect(got.find((r) => r[2] === 7630)?.[0]).toMatch(/người/iu);
  });
});
