/**
 * Who reports and where it happened are no part of a figure's name: a speaker's clause before a
 * comma ("đồng chí … nêu rõ, …"), and a venue that opens the sentence ("Tại hội thi …, …") as the
 * subject of a name the learnt chooser may pick (src/core/extract-names.ts withoutSpeaker,
 * src/core/extract-name-model.ts FRAME). Sentences written for these tests; none is in the corpus.
 */
import { extractIndicators, type Proposal } from "../../src/core/extract";
import { withoutSpeaker } from "../../src/core/extract-names";

const names = (text: string): string[] => extractIndicators(text, "vi").map((p: Proposal) => p.name);

describe("a speaker's clause", () => {
  it("is dropped from the front of a name and after 'của'", () => {
    expect(withoutSpeaker("Ông Phó Giám đốc Sở cho biết, số hộ dùng nước sạch")).toBe("Số hộ dùng nước sạch");
    expect(withoutSpeaker("Hội viên của bà Chủ tịch Hội nhấn mạnh, Hội Phụ nữ xã")).toBe(
      "Hội viên của Hội Phụ nữ xã",
    );
  });

  it("leaves a name with no speaker alone", () => {
    expect(withoutSpeaker("Số doanh nghiệp báo cáo thuế điện tử")).toBe(
      "Số doanh nghiệp báo cáo thuế điện tử",
    );
  });

  it("names a Party body's members without the official who reported them", () => {
    const got = names(
      "Phát biểu tại hội nghị, đồng chí Trưởng Ban Tuyên giáo các cơ quan huyện nêu rõ, năm 2026 Đảng bộ có 58 tổ chức cơ sở đảng với 2.417 đảng viên.",
    );
    expect(got.every((n) => !/nêu rõ|đồng chí/iu.test(n))).toBe(true);
    expect(got[1]).toBe("Đảng viên của Đảng bộ");
  });
});

describe("a venue that opens the sentence", () => {
  it("is not joined to the prizes won there", () => {
    const got = names(
      "Tại hội thi tin học trẻ cấp tỉnh năm học 2026 - 2027, huyện có 18 học sinh đạt giải, trong đó 4 giải Nhất, 6 giải Nhì và 8 giải Ba.",
    );
    expect(got.slice(1)).toEqual(["Giải Nhất", "Giải Nhì", "Giải Ba"]);
  });
});
