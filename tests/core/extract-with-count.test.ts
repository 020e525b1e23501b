/**
 * Two counts joined by "với": the second counts what the first holds, and a predicate said once
 * after the second is the first's too. Sentences written for these tests; none is in the corpus.
 */
import { find, readNamesByRules } from "./proposals";

describe("counts joined by 'với'", () => {
  it("names the second count by what the first counted", () => {
    const got = readNamesByRules(
      "Trong năm, huyện tổ chức 4 phiên chợ, hội chợ nông sản với 386 gian hàng, doanh thu khoảng 12,6 tỷ đồng.",
    );
    // (another rule may join them by "của")
    expect(find(got, 386)?.name).toMatch(/^Gian hàng (?:của )?phiên chợ, hội chợ nông sản$/u);
  });

  it("gives the first count the predicate said after the second", () => {
    const got = readNamesByRules(
      "Do rét đậm kéo dài, 2.140 hộ với gần 7.900 nhân khẩu bị ảnh hưởng sản xuất.",
    );
    expect(find(got, 2140)?.name).toBe("Hộ bị ảnh hưởng sản xuất");
    expect(find(got, 7900)?.name).toBe("Nhân khẩu bị ảnh hưởng sản xuất");
  });

  it("leaves a count after 'đối với' alone", () => {
    const got = readNamesByRules("Đoàn đã tiến hành 12 cuộc kiểm tra đối với 57 cơ sở kinh doanh xăng dầu.");
    expect(find(got, 57)?.name).not.toMatch(/^Cơ sở cuộc/u);
  });
});

describe("workers drawn by what was counted before", () => {
  it("names the workers by the establishments just counted", () => {
    const got = readNamesByRules(
      "Toàn huyện hiện có 527 cơ sở chế biến nông sản, thu hút 4.310 lao động, giá trị sản xuất đạt 842 tỷ đồng.",
    );
    expect(find(got, 4310)?.name).toBe("Lao động trong các cơ sở chế biến nông sản");
  });

  it("leaves workers after a figure of another clause alone", () => {
    const got = readNamesByRules("Có 527 cơ sở chế biến nông sản; năm 2026 thu hút 4.310 lao động.");
    expect(find(got, 4310)?.name).not.toMatch(/^Lao động trong các/u);
  });
});
