/**
 * A count whose name opens with "Số" and the count's own noun is named already, whatever verb the
 * name ends on: "Số bể … được hỗ trợ 162 bể" does not say "bể" twice. Sentences written for this test.
 */
import { readByRules } from "./proposals";

const names = (text: string): string[] => readByRules(text).map((p) => p.name);

describe("a count headed by 'Số' and its own noun", () => {
  it("does not add its unit again after a verb", () => {
    expect(names("Số giếng khoan được nâng cấp 37 giếng.")).toEqual(["Số giếng khoan được nâng cấp"]);
    expect(names("Số lượt bệnh nhân được chuyển tuyến 1.204 lượt bệnh nhân.")).toEqual([
      "Số lượt bệnh nhân được chuyển tuyến",
    ]);
  });

  it("still names a bare verb by its object", () => {
    expect(names("Năm 2026, huyện đã sửa chữa 37 giếng khoan.")).toEqual(["Sửa chữa giếng khoan"]);
  });
});
