/**
 * Paperwork, sessions and campaigns counted when they are the work an office did
 * (src/core/extract-work-counts.ts), while the administration's own directives stay uncounted.
 * Sentences written for these tests; none is in the corpus.
 */
import { extractIndicators, type Proposal } from "../../src/core/extract";

const rows = (text: string) => extractIndicators(text, "vi").map((p: Proposal) => [p.unit, p.actual]);

describe("work counted in paperwork, sessions and campaigns", () => {
  it("counts drafts and documents checked by a justice office", () => {
    expect(
      rows(
        "Phòng Tư pháp huyện đã thẩm định 38 dự thảo nghị quyết, tự kiểm tra 412 văn bản, rà soát 96 văn bản.",
      ),
    ).toEqual([
      ["dự thảo", 38],
      ["văn bản", 412],
      ["văn bản", 96],
    ]);
  });

  it("counts sanction decisions, crowd delegations and campaigns", () => {
    expect(rows("Chi cục Thuế ban hành 1.208 quyết định cưỡng chế nợ thuế.")).toEqual([["quyết định", 1208]]);
    expect(rows("Trụ sở tiếp công dân đã tiếp 12 đoàn đông người.")).toEqual([["đoàn", 12]]);
    expect(rows("Công an huyện mở 3 đợt cao điểm truy quét tội phạm ma túy.")).toEqual([["đợt", 3]]);
  });

  it("counts performances and guidance sessions held for people", () => {
    expect(
      rows("Đoàn nghệ thuật biểu diễn 94 buổi phục vụ đồng bào, trong đó 31 buổi tại các xã biên giới."),
    ).toEqual([
      ["buổi", 94],
      ["buổi", 31],
    ]);
    expect(rows("Đội tuyên truyền lưu động chiếu 418 buổi tại các bản.")).toEqual([["buổi", 418]]);
    expect(rows("Hội Nông dân tổ chức 27 buổi hướng dẫn kỹ thuật.")).toEqual([["buổi", 27]]);
  });

  it("counts the bodies an inspectorate inspected, not those given a task", () => {
    expect(rows("Thanh tra tỉnh thanh tra 23 đơn vị sự nghiệp công lập.")).toEqual([["đơn vị", 23]]);
    expect(rows("UBND tỉnh giao nhiệm vụ cho 17 cơ quan, đơn vị.")).toEqual([]);
  });

  it("still leaves the administration's own directives and a meeting's length uncounted", () => {
    expect(rows("UBND xã ban hành 74 văn bản chỉ đạo, điều hành.")).toEqual([]);
    expect(rows("Hội nghị diễn ra trong 2 buổi.")).toEqual([]);
  });
});
