/**
 * Money fined, named by the offence its sentence counts (src/core/extract-fines.ts). Sentences written
 * for these tests; none is in the corpus.
 */
import { nameUnitActualOf as rows } from "./proposals";

describe("money fined after counts of an offence", () => {
  it("is named by the offence, not by the count said just before it", () => {
    expect(
      rows(
        "Đội Quản lý thị trường kiểm tra 86 cơ sở, phát hiện 31 trường hợp vi phạm về an toàn thực phẩm, tịch thu 420 kg hàng hóa, phạt tiền 275 triệu đồng.",
      ).at(-1),
    ).toEqual(["Tiền phạt vi phạm về an toàn thực phẩm", "triệu đồng", 275]);
  });

  it("leaves a fine with no offence named in its sentence as it was", () => {
    const got = rows("Năm 2026, xử phạt hành chính 48 trường hợp; phạt tiền 96 triệu đồng.");
    expect(got.at(-1)?.[0]).not.toMatch(/^Tiền phạt vi phạm/u);
  });

  it("keeps where the money fined went, after the offence", () => {
    const got = rows(
      "Công an huyện xử lý 1.572 trường hợp vi phạm trật tự an toàn giao thông, phạt tiền nộp kho bạc 2,48 tỷ đồng.",
    );
    // (the offence added by src/core/extract-fines.ts since tuner T: most keys name both)
    expect(got.at(-1)).toEqual(["Tiền phạt vi phạm trật tự an toàn giao thông nộp kho bạc", "tỷ đồng", 2.48]);
  });
});
