/**
 * Rooms of lodgings counted ("phòng" after hotels "với", or "phòng nghỉ"; src/core/extract-work-counts.ts),
 * while a department ("phòng chuyên môn") stays uncounted; and a count before "với" keeps its own name
 * when the second count's name was built from it (src/core/extract-with-count.ts). Sentences written
 * for these tests; none is in the corpus.
 */
import { extractIndicators, type Proposal } from "../../src/core/extract";

const rows = (text: string) => extractIndicators(text, "vi").map((p: Proposal) => [p.name, p.actual, p.unit]);

describe("rooms of lodgings", () => {
  it("counts the rooms of the hotels counted before 'với', and names the hotels by themselves", () => {
    expect(rows("Thành phố có 57 cơ sở lưu trú với 2.364 phòng.")).toEqual([
      ["Cơ sở lưu trú", 57, "cơ sở lưu trú"],
      ["Phòng của cơ sở lưu trú", 2364, "phòng"],
    ]);
  });

  it("counts rooms said as 'phòng nghỉ' and leaves departments uncounted", () => {
    expect(rows("Năm 2027 đưa vào khai thác 415 phòng nghỉ mới.").map((r) => r.slice(1))).toEqual([
      [415, "phòng"],
    ]);
    expect(rows("Đoàn công tác làm việc với 6 phòng chuyên môn của huyện.")).toEqual([]);
  });
});
