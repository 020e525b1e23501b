/**
 * What chats and speeches add around their figures: the particles "ạ", "nhé", the speaker's "Tôi đề
 * nghị" / "Tôi xin báo cáo", and a pair typed "TH/KH: a/b". Sentences written for these tests
 * (tuneAO), in no corpus.
 */
import { read } from "./proposals";

describe("chat particles, the speaker, and 'TH/KH: a/b'", () => {
  it("drops 'ạ' and 'nhé' at a clause's end from names", () => {
    const got = read("Em gửi chị số liệu nhé: đàn dê 1.270 con, đàn gà 48.600 con ạ.");
    expect(got.map((p) => [p.name, p.actual, p.unit])).toEqual([
      ["Đàn dê", 1270, "con"],
      ["Đàn gà", 48600, "con"],
    ]);
  });

  it("drops the speaker's 'Tôi đề nghị' and 'Tôi xin báo cáo' from names", () => {
    const [plan] = read("Tôi đề nghị năm 2027 toàn ngành phấn đấu trồng mới 1.500 ha rừng.");
    expect([plan?.name, plan?.actual, plan?.plan ?? plan?.planText, plan?.unit]).toEqual([
      "Trồng mới rừng",
      null,
      1500,
      "ha",
    ]);
    const [done] = read("Tôi xin báo cáo: số thuê bao internet băng rộng đạt 96.300 thuê bao.");
    expect(done?.name).toBe("Số thuê bao internet băng rộng");
  });

  it("reads 'TH/KH: 8,6/9 tỷ đ' as a result with its plan", () => {
    const got = read("Thu phí, lệ phí: TH/KH: 8,6/9 tỷ đ, đạt 95,6% KH.");
    expect(got.map((p) => [p.name, p.actual, p.plan, p.unit, p.pctPlan])).toEqual([
      ["Thu phí, lệ phí", 8.6, 9, "tỷ đồng", 95.6],
    ]);
  });
});
