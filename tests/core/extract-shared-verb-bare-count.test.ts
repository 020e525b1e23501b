/**
 * A count of another unit listed bare after a count named by its verb alone ("Xã viên góp vốn 18
 * hợp tác xã, 27 tổ hợp tác") is the same verb's object (src/core/extract-shared-verb.ts). Sentences
 * written for these tests; none is in the corpus.
 */
import { extractIndicators } from "../../src/core/extract";

const named = (text: string): Array<[string, string, number | null]> =>
  extractIndicators(text, "vi").map((p) => [p.name, p.unit, p.actual]);

describe("a bare count listed after a count named by its verb", () => {
  it("takes the verb of the count before it", () => {
    expect(named("Đoàn viên thanh niên khởi nghiệp 23 cửa hàng, 9 xưởng mộc.")).toEqual([
      ["Đoàn viên thanh niên khởi nghiệp", "cửa hàng", 23],
      ["Đoàn viên thanh niên khởi nghiệp xưởng mộc", "xưởng mộc", 9],
    ]);
  });

  it("leaves counts whose first is named by its unit as they were", () => {
    expect(named("Toàn xã có 12 trường học, 4 nhà văn hóa.")).toEqual([
      ["Trường học", "trường", 12],
      ["Nhà văn hóa", "nhà văn hóa", 4],
    ]);
  });
});
