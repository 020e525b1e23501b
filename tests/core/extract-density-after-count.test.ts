// A figure per head of population or households named only by its unit ("đạt 68,2 thuê bao/100 hộ
// gia đình", "11,3 bác sĩ/vạn dân") is named as tables name it: the density of the count of the same
// noun just before it in the sentence, else "Số … trên …". Sentences written for these tests.
import { describe, expect, it } from "@jest/globals";
import { readNamesByRules as read } from "./proposals";

describe("a density named by its unit alone", () => {
  it("takes the name of the count of the same noun before it", () => {
    const ps = read(
      "Đến cuối năm 2026, toàn tỉnh có 412.300 thuê bao internet cáp quang, tăng 7,4% so với cùng kỳ, đạt 68,2 thuê bao/100 hộ gia đình.",
    );
    expect(ps.find((p) => p.actual === 68.2)).toMatchObject({
      name: "Số thuê bao internet cáp quang trên 100 hộ gia đình",
      unit: "thuê bao/100 hộ gia đình",
    });
  });

  it("is named by the count per base when the count before says no more than its noun", () => {
    const ps = read("Toàn huyện có 214 bác sĩ, đạt 11,3 bác sĩ/vạn dân.");
    expect(ps.find((p) => p.actual === 11.3)?.name).toBe("Số bác sĩ trên vạn dân");
  });

  it("keeps a name of its own", () => {
    const ps = read("Mật độ thuê bao di động băng rộng đạt 96,4 thuê bao/100 dân.");
    expect(ps[0]?.name).toBe("Mật độ thuê bao di động băng rộng");
  });
});
