// A verb said once before two figures joined by "và" or a comma ("cung ứng 820 tấn phân bón và 47 tấn
// giống ngô cho xã viên") names both; and works counted by their items ("sửa chữa 6/9 hạng mục công
// trình") are counts. Sentences written for these tests.
import { describe, expect, it } from "@jest/globals";
import { findActualOrPlan as row, read } from "./proposals";

describe("a verb shared by two figures", () => {
  it("names the second by the first's verb, without whom it was for", () => {
    const ps = read(
      "Hợp tác xã Nông nghiệp Đông Sơn cung ứng 820 tấn phân bón và 47 tấn giống ngô cho xã viên.",
    );
    expect(row(ps, 47)?.name).toBe("Cung ứng giống ngô");
    const harvest = read("Năm 2026, toàn huyện thu hoạch 15.600 tấn lúa, 2.950 tấn ngô.");
    expect(row(harvest, 2950)?.name).toBe("Thu hoạch ngô");
  });

  it("leaves areas and a figure named before it as they were", () => {
    const ps = read(
      "Công ty trồng mới 96 ha rừng và 31 ha cây dược liệu. Sản lượng chè 4.100 tấn, cà phê 2.300 tấn.",
    );
    expect(row(ps, 31)?.name).toMatch(/^Diện tích/u);
    expect(row(ps, 2300)?.name).not.toMatch(/^Sản lượng chè/u);
  });
});

describe("works counted by their items", () => {
  it("reads 'hạng mục' as a count, with its whole", () => {
    const ps = read("Công ty nạo vét 9,2 km kênh tưới và sửa chữa 6/9 hạng mục công trình đầu mối.");
    expect(row(ps, 6)).toMatchObject({ unit: "hạng mục", total: 9 });
  });
});
