/**
 * Money and counts as chats and speeches say them: "tr" after a figure, "bq" in lower case, and
 * counts in vạn (ten thousand). Sentences written for these tests (tuneAO), in no corpus.
 */
import { read } from "./proposals";

const rows = (text: string): [string, number | null, string][] =>
  read(text).map((p) => [p.name, p.actual, p.unit]);

describe("chat money and speech scales", () => {
  it("writes 'tr' after a figure as triệu đồng, and 'bq' as bình quân", () => {
    expect(rows("Xã Yên Mỹ gửi số liệu: thu nhập bq 61 tr/người/năm; hỗ trợ hộ nghèo 420 tr.")).toEqual([
      ["Thu nhập bình quân", 61, "triệu đồng/người/năm"],
      ["Hỗ trợ hộ nghèo", 420, "triệu đồng"],
    ]);
  });

  it("reads '4 vạn lượt khách' as 40 nghìn, but leaves 'trên 1 vạn dân' a base", () => {
    const got = read("Khu du lịch Suối Mơ đón gần 4 vạn lượt khách; sản lượng cá nuôi 1,2 vạn tấn.");
    expect(got.map((p) => [p.actual, p.unit])).toEqual([
      [40000, "lượt khách"],
      [12000, "tấn"],
    ]);
    const [doctors] = read("Toàn huyện đạt 9,6 bác sĩ trên 1 vạn dân.");
    expect([doctors?.actual, doctors?.unit]).toEqual([9.6, "bác sĩ/vạn dân"]);
  });
});
