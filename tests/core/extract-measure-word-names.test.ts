/**
 * Names that said only a verb or a classifier, given the measure word keys put in front
 * (src/core/extract-area-names.ts, isPlace in src/core/extract-names.ts) or the period a lead sums
 * them over (src/core/extract-thin-names.ts). Sentences written for these tests, not from the corpus.
 */
import { readNamesByRules as rules } from "./proposals";

const named = (text: string): [number | null, string][] =>
  rules(text).map((p) => [p.actual ?? p.plan, p.name]);

describe("a sown or planted area named by its verb alone is an area", () => {
  it("puts 'Diện tích' before a verb of field work", () => {
    expect(named("Vụ đông xuân đã gieo sạ được 7.215 ha, bằng 98,4% cùng kỳ.")).toEqual([
      [7215, "Diện tích gieo sạ"],
    ]);
  });

  it("leaves a verb with its object as it is", () => {
    expect(named("Toàn huyện trồng mới rừng tập trung 640 ha.")[0]?.[1]).toBe("Trồng mới rừng tập trung");
  });
});

describe("freight work in tonne-kilometres is the goods moved", () => {
  it("names a bare 'luân chuyển' by its measure and goods", () => {
    expect(
      named("Tháng 5, hàng hóa vận chuyển đạt 2,14 triệu tấn; luân chuyển 286,5 triệu tấn.km, tăng 6,2%."),
    ).toContainEqual([286500000, "Khối lượng hàng hóa luân chuyển"]);
  });
});

describe("a herd before the scope and 'có' is what is counted", () => {
  it("keeps 'Tổng đàn bò' when the province's scope follows it", () => {
    expect(named("Tổng đàn bò của huyện hiện có khoảng 24,6 nghìn con.")).toEqual([[24600, "Tổng đàn bò"]]);
  });

  it("reads the herd after a section lead and a time", () => {
    expect(
      named("Chăn nuôi: Đến cuối tháng 6, đàn dê toàn huyện có 8.420 con, tăng 3,1% so với cùng kỳ.")[0]?.[1],
    ).toBe("Đàn dê");
  });

  it("still reads a place before 'có' as where", () => {
    expect(named("Huyện Tân Lạc có 14 chợ.")).toEqual([[14, "Chợ"]]);
  });
});

describe("a thin count after a lead that is a period carries the period", () => {
  it("appends 'lũy kế từ đầu năm' to a count named by its unit", () => {
    expect(named("Lũy kế từ đầu năm: 274 hồ sơ, 58 trường hợp khiếu nại.")).toContainEqual([
      58,
      "Trường hợp khiếu nại lũy kế từ đầu năm",
    ]);
  });

  it("leaves a topic lead out", () => {
    expect(named("- Kết quả kiểm tra: lập biên bản 41 cơ sở.")[0]?.[1]).not.toMatch(/kiểm tra$/u);
  });
});
