/**
 * Lines of a PDF paste hard-wrapped mid-sentence: a line opening in lower case (or with a figure
 * after a verb that wants one) continues the line before. Sentences written for this test.
 */
import { read } from "./proposals";

const rows = (text: string): [string, string, number | null][] =>
  read(text).map((p) => [p.name, p.unit, p.actual]);

describe("hard-wrapped lines join the line before", () => {
  it("reads a rate whose verb and figure wrapped to the next line", () => {
    expect(rows("- Tỷ lệ chất thải rắn sinh hoạt ở nông thôn được thu gom\nđạt 88,6%.")).toEqual([
      ["Tỷ lệ chất thải rắn sinh hoạt ở nông thôn được thu gom", "%", 88.6],
    ]);
  });

  it("reads a count left on 'là' at a line's end", () => {
    expect(rows("- Số thôn có đường bê tông đến trung tâm là\n57 thôn.")).toEqual([
      ["Số thôn có đường bê tông đến trung tâm", "thôn", 57],
    ]);
  });

  it("keeps the breaks of lettered items and of finished lines", () => {
    const got = rows("Kết quả:\na) Trồng mới 320 ha rừng;\nb) Khoanh nuôi 150 ha.\n2026 là năm bản lề.");
    expect(got.map((r) => r[2])).toEqual([320, 150]);
  });
});
