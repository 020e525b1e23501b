/**
 * Press-conference transcripts: an answer that gives the figure alone is named by the question, a
 * figure said of a topic ("Về …, con số …") by the topic, and speech's own words for a comparison's
 * base ("năm ngoái", "vượt kế hoạch 7%"). Sentences written for these tests (tuneAO), in no corpus.
 */
import { read } from "./proposals";

describe("an answer named by its question", () => {
  it("sets the question's words before a figure the answer gives alone", () => {
    const got = read(
      "Hỏi: Năm nay huyện đã xây mới được bao nhiêu phòng học? Đáp: Gần 140 phòng học, vượt kế hoạch 12%.",
    );
    expect(got.map((p) => [p.name, p.actual, p.unit, p.pctPlan])).toEqual([
      ["Xây mới phòng học", 140, "phòng học", 112],
    ]);
  });

  it("reads 'là bao nhiêu' and an answer opened by the speaker's name and 'Dạ,'", () => {
    const got = read(
      "PV: Xin bà cho biết tỷ lệ hộ dùng nước sạch ở nông thôn là bao nhiêu, thưa bà? Bà Đỗ Thu Hà: Dạ, khoảng 86,4%.",
    );
    expect(got.map((p) => [p.name, p.actual, p.unit])).toEqual([
      ["Tỷ lệ hộ dùng nước sạch ở nông thôn", 86.4, "%"],
    ]);
  });

  it("leaves a question without 'bao nhiêu' and its answer as they are", () => {
    const got = read("Vì sao số vụ cháy giảm? Năm nay toàn tỉnh xảy ra 31 vụ cháy.");
    expect(got.map((p) => [p.actual, p.unit])).toEqual([[31, "vụ"]]);
  });
});

describe("a figure said of the topic before it, and speech's comparisons", () => {
  it("names 'con số' by the topic of 'Về …,'", () => {
    const [p] = read("Về kim ngạch xuất khẩu, con số năm nay là 1,86 tỷ USD, tăng 14% so với năm ngoái.");
    expect([p?.name, p?.actual, p?.unit, p?.changePct]).toEqual([
      "Kim ngạch xuất khẩu năm nay",
      1.86,
      "tỷ USD",
      14,
    ]);
  });

  it("reads 'gấp 1,3 lần năm ngoái' as the prior year", () => {
    const [p] = read("Doanh thu dịch vụ lưu trú đạt 640 tỷ đồng, gấp 1,3 lần năm ngoái.");
    expect([p?.actual, p?.pctPrior]).toEqual([640, 130]);
  });
});
