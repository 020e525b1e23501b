/**
 * A rate listed after a rate in a clause of its own, naming only the part that differs
 * (src/core/extract-parallel.ts): the part replaces its parallel part and the rate's predicate is
 * kept. Sentences written for these tests; none is in the corpus.
 */
import { parallelRateName } from "../../src/core/extract-parallel";
import { nameUnitActualOf as rows } from "./proposals";

describe("a rate listed after a rate with only its differing part", () => {
  it("keeps the predicate of the rate before after the new part", () => {
    expect(
      rows(
        "Tỷ lệ trường tiểu học được kiên cố hóa đạt 96,8%; trường trung học cơ sở đạt 92,1%; trường mầm non, mẫu giáo đạt 88,4%.",
      ),
    ).toEqual([
      ["Tỷ lệ trường tiểu học được kiên cố hóa", "%", 96.8],
      ["Tỷ lệ trường trung học cơ sở được kiên cố hóa", "%", 92.1],
      ["Tỷ lệ trường mầm non, mẫu giáo được kiên cố hóa", "%", 88.4],
    ]);
  });

  it("leaves a part with no word in common, or a rate with no predicate, as it was", () => {
    expect(parallelRateName("Tỷ lệ hộ được dùng điện", "Xã đạt chuẩn")).toBeNull();
    expect(parallelRateName("Tỷ lệ lấp đầy khu công nghiệp Bắc Sơn", "khu công nghiệp Nam Sơn")).toBeNull();
    expect(parallelRateName("Tỷ lệ hộ nghèo có nhà ở", "hộ cận nghèo")).toBe("Tỷ lệ hộ cận nghèo có nhà ở");
  });
});
