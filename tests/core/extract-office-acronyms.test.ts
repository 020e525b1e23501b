/**
 * Office acronyms as the keys of every corpus set write them: the insurance acronyms (BHYT, BHXH,
 * BHTN) are kept as typed, as tables keep them; budget, tax and traffic shorthand (ĐTPT, TNCN,
 * GPLX) and a row of staff initials ("CB, GV, NV") are spelt out. Sentences written for these tests.
 */
import { expandShorthand } from "../../src/core/extract-shorthand";
import { read } from "./proposals";

const named = (text: string): [string, number | null, string][] =>
  read(text).map((p) => [p.name, p.actual ?? p.plan, p.unit]);

describe("insurance acronyms stay as typed", () => {
  it("keeps BHYT, BHXH and BHTN in the text the extractor reads", () => {
    expect(expandShorthand("Thu BHXH tự nguyện, khám BHYT, chi BHTN").text).toBe(
      "Thu BHXH tự nguyện, khám BHYT, chi BHTN",
    );
  });

  it("names an examination count by the acronym", () => {
    expect(named("Phòng khám khu vực Đồi Sim khám BHYT 5.318 lượt người trong năm.")[0]?.[0]).toMatch(
      /BHYT/u,
    );
  });

  it("gives an item led by another acronym the head the first item shares", () => {
    expect(
      named("Xã có 2.460 người tham gia BHXH bắt buộc; BHXH tự nguyện 715 người; BHTN 1.930 người."),
    ).toEqual([
      ["Người tham gia BHXH bắt buộc", 2460, "người"],
      ["Người tham gia BHXH tự nguyện", 715, "người"],
      ["Người tham gia BHTN", 1930, "người"],
    ]);
  });

  it("names a share 'X bao phủ N% dân số' as the rate of cover of X", () => {
    expect(named("Phường Hạ Lý: BHYT bao phủ 92,4% dân số.")).toEqual([["Tỷ lệ bao phủ BHYT", 92.4, "%"]]);
  });
});

describe("budget, tax and traffic shorthand spelt out", () => {
  it("spells out ĐTPT, TNCN, TNDN and GPLX", () => {
    expect(expandShorthand("chi ĐTPT; thuế TNCN, thuế TNDN; tước GPLX").text).toBe(
      "chi đầu tư phát triển; thuế thu nhập cá nhân, thuế thu nhập doanh nghiệp; tước giấy phép lái xe",
    );
  });

  it("names a figure by the words spelt out", () => {
    expect(named("Chi ĐTPT ước đạt 1.204,6 tỷ đồng.")[0]?.[0]).toBe("Chi đầu tư phát triển");
  });
});

describe("a row of staff initials", () => {
  it("spells out each initial of the row", () => {
    expect(expandShorthand("tổng số CB, GV, NV là 57; CB-CC-VC 112").text).toBe(
      "tổng số cán bộ, giáo viên, nhân viên là 57; cán bộ-công chức-viên chức 112",
    );
  });

  it("leaves a staff initial alone outside a row", () => {
    expect(expandShorthand("hoàn thành NV được giao; CB phụ trách").text).toBe(
      "hoàn thành NV được giao; CB phụ trách",
    );
  });
});
