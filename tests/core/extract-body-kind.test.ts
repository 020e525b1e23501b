/**
 * The body that did what is counted stays in a count's name by its kind, not by its own name
 * ("… tại bệnh viện", not "… tại bệnh viện Đa khoa tỉnh …"): writers name the row by what was done
 * and leave who did it to the report's title (src/core/extract-proposals.ts bodyKind). Sentences
 * written for these tests; none is in the corpus.
 */
import { extractIndicators, type Proposal } from "../../src/core/extract";

const first = (text: string): string | undefined =>
  extractIndicators(text, "vi").map((p: Proposal) => p.name)[0];

describe("the body that did what is counted", () => {
  it("keeps a hospital's kind and drops its own name and province", () => {
    expect(first("Bệnh viện Đa khoa tỉnh Bình Lạc năm 2026 khám bệnh cho 402.150 lượt người.")).toMatch(
      /tại bệnh viện$/u,
    );
  });

  it("keeps a centre's kind and drops its capitalised name", () => {
    expect(first("Trung tâm Phục vụ hành chính công huyện tiếp nhận 38.240 hồ sơ.")).toBe(
      "Tiếp nhận hồ sơ tại trung tâm",
    );
  });

  it("keeps a body named in lower case by its kind whole", () => {
    expect(first("Bệnh viện đa khoa khu vực khám 61.300 lượt người.")).toBe(
      "Khám lượt người tại bệnh viện đa khoa khu vực",
    );
  });
});
