/**
 * The cost joined by "với (tổng) kinh phí" to a count whose recipients follow it ("… căn nhà cho hộ
 * nghèo, hộ khó khăn với tổng kinh phí …") is the cost of what was done, not of the list of whom it was for
 * (src/core/extract-names.ts, completeGeneric). Sentences written for these tests; none is in the
 * corpus.
 */
import { nameUnitActualOf as rows } from "./proposals";

const cost = (text: string): string | undefined => rows(text).find((r) => /đồng/u.test(r[1]))?.[0];

describe("cost of what was done, joined by 'với kinh phí'", () => {
  it("leaves out a list of recipients", () => {
    const name = cost("Hỗ trợ sửa chữa 96 căn nhà cho hộ nghèo, hộ khó khăn với tổng kinh phí 4,8 tỷ đồng.");
    expect(name).toMatch(/^Tổng kinh phí hỗ trợ sửa chữa căn nhà$/iu);
  });

  it("keeps a single recipient", () => {
    expect(cost("Xây mới 14 nhà văn hóa cho các thôn vùng cao với kinh phí 9,1 tỷ đồng.")).toBe(
      "Kinh phí xây mới nhà văn hóa cho các thôn vùng cao",
    );
  });
});
