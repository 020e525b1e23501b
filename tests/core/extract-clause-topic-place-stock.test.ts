/**
 * A topic before a colon that is a clause ("Mạng lưới y tế cơ sở được củng cố:") followed by a
 * place's stock ("toàn huyện có 19 trạm y tế") heads the sentence; the stock is named by its own
 * noun. A topic that is a noun phrase ("Giáo dục tiểu học:") still says which stock. Sentences
 * written for these tests; none is in the corpus.
 */
import { extractIndicators } from "../../src/core/extract";

const named = (text: string): Array<[string, number | null]> =>
  extractIndicators(text, "vi").map((p) => [p.name, p.actual]);

describe("a clause topic before a place's stock", () => {
  it("leaves the stock named by its noun", () => {
    expect(
      named(
        "Hệ thống thiết chế văn hóa tiếp tục được hoàn thiện: toàn huyện có 87 nhà văn hóa, 12 sân vận động.",
      ),
    ).toEqual([
      ["Nhà văn hóa", 87],
      ["Sân vận động", 12],
    ]);
  });

  it("keeps a noun-phrase topic in the stock's name", () => {
    expect(named("Giáo dục tiểu học: toàn huyện có 41 trường.")).toEqual([["Trường giáo dục tiểu học", 41]]);
  });
});
