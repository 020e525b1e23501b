/**
 * A weight said right after a count ("tiêu hủy 145 con lợn, tổng trọng lượng 9,2 tấn", also in
 * brackets) is the weight of what was counted; a weight with no weight's word before it is not.
 * Sentences written for these tests; none is in the corpus.
 */
import { find, readNamesByRules } from "./proposals";

describe("the weight of what a count counted", () => {
  it("names a bracketed weight after a count by what was counted", () => {
    const got = readNamesByRules("Dịch phát sinh tại 6 hộ, tiêu hủy 145 con lợn (tổng trọng lượng 9,2 tấn).");
    expect(find(got, 9.2)?.name).toBe("Tổng trọng lượng con lợn");
  });

  it("names a weight after 'với trọng lượng' the same way", () => {
    const got = readNamesByRules("Trong năm đã tiêu hủy 87 con bò với trọng lượng 21.400 kg.");
    expect(find(got, 21400)?.name).toBe("Trọng lượng con bò");
  });

  it("leaves an output in tấn after a count alone", () => {
    const got = readNamesByRules("Đội tàu gồm 12 tàu cá khai thác xa bờ, sản lượng đạt 840 tấn.");
    expect(find(got, 840)?.name).not.toMatch(/^Trọng lượng/u);
  });
});
