/**
 * Targets of a resolution written as prose (src/core/extract-tense.ts): a share bounded by "trở lên"
 * with what it is a share of said between ("từ 85% cơ sở hội trở lên", "2,1% dân số trở lên") is a
 * limit, so its sentence aims and the sentences after it go on aiming; "hằng năm tuyển quân đạt 100%
 * chỉ tiêu" with no count of its own names the quota to meet, not a result. Sentences written for
 * these tests; none is in the corpus.
 */
import { type Proposal } from "../../src/core/extract";
import { readByRules } from "./proposals";

const rows = (text: string) => readByRules(text).map((p: Proposal) => [p.actual, p.plan ?? p.planText]);

describe("a share bounded with what it is a share of in between", () => {
  it("reads the sentence and the unmarked one after it as targets", () => {
    const text =
      "Về công tác đoàn thể: hằng năm có từ 85% cơ sở hội trở lên được xếp loại vững mạnh; lực lượng dự bị động viên đạt 2,1% dân số trở lên. Tỷ lệ hòa giải thành các vụ việc đạt trên 80%.";
    expect(rows(text)).toEqual([
      [null, "ít nhất 85%"],
      [null, "ít nhất 2,1%"],
      [null, "trên 80%"],
    ]);
  });

  it("leaves a grade bound far from the figure to the review it is in", () => {
    const text =
      "Nhiệm kỳ qua, hằng năm có trên 92% chi bộ hoàn thành tốt nhiệm vụ trở lên; kết nạp 640 đảng viên.";
    expect(rows(text)).toEqual([
      [92, null],
      [640, null],
    ]);
  });
});

describe("the quota met every year", () => {
  it("goes on in the targets of the paragraph", () => {
    const text =
      "Về môi trường: tỷ lệ hộ dùng nước hợp vệ sinh đạt từ 97% trở lên. Về an ninh: hằng năm tuyển quân đạt 100% chỉ tiêu; 12/12 tổ dân phố đạt chuẩn an toàn về an ninh, trật tự.";
    expect(rows(text)).toEqual([
      [null, "ít nhất 97%"],
      [null, 100],
      [null, 12],
    ]);
  });

  it("weighs the count of recruits given as a result", () => {
    const text =
      "Năm 2026 huyện giao 41 thanh niên nhập ngũ, đạt 100% chỉ tiêu. Năm 2027 giao quân 44 thanh niên.";
    expect(rows(text)).toEqual([
      [41, null],
      [null, 44],
    ]);
  });
});
