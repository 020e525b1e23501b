/**
 * "A và B lần lượt là X và Y" (src/core/extract-respectively.ts): a list of things, then as many
 * figures after "lần lượt" or "tương ứng", each figure its item's. Sentences written for these
 * tests; none is in the corpus.
 */
import { extractIndicators, type Proposal } from "../../src/core/extract";
import { read } from "./proposals";

const rows = (text: string) => read(text).map((p: Proposal) => [p.name, p.unit, p.actual ?? p.plan]);

describe("figures listed 'lần lượt' after the things they are of", () => {
  it("gives each rate its item, the head the items share kept in front", () => {
    expect(rows("Tỷ lệ hộ nghèo ở khu vực miền núi và đồng bằng lần lượt là 6,42% và 1,15%.")).toEqual([
      ["Tỷ lệ hộ nghèo ở khu vực miền núi", "%", 6.42],
      ["Tỷ lệ hộ nghèo ở khu vực đồng bằng", "%", 1.15],
    ]);
  });

  it("starts the first item where the word the other items start with last appears", () => {
    expect(
      rows(
        "Hàng hóa vận chuyển bằng đường sắt, đường thủy và đường hàng không lần lượt chiếm 3,2%, 21,7% và 0,4%.",
      ),
    ).toEqual([
      ["Tỷ lệ hàng hóa vận chuyển bằng đường sắt", "%", 3.2],
      ["Tỷ lệ hàng hóa vận chuyển bằng đường thủy", "%", 21.7],
      ["Tỷ lệ hàng hóa vận chuyển bằng đường hàng không", "%", 0.4],
    ]);
  });

  it("shares the last figure's unit and scale with bare figures before it", () => {
    expect(rows("Sản lượng chè và hồ tiêu năm 2026 lần lượt đạt 1,26 và 0,27 triệu tấn.")).toEqual([
      ["Sản lượng chè", "tấn", 1260000],
      ["Sản lượng hồ tiêu", "tấn", 270000],
    ]);
  });

  it("never cuts the head inside a noun the units know, and reads 'tương ứng' alike", () => {
    expect(
      rows("Số hợp tác xã thành lập mới và giải thể trong năm tương ứng là 312 hợp tác xã và 95 hợp tác xã."),
    ).toEqual([
      ["Số hợp tác xã thành lập mới", "hợp tác xã", 312],
      ["Số hợp tác xã giải thể", "hợp tác xã", 95],
    ]);
  });

  it("never cuts the head inside the measure it starts with, whatever the last item's length", () => {
    expect(rows("Diện tích chè và cà phê năm 2026 lần lượt đạt 4.210 ha và 1.875 ha.")).toEqual([
      ["Diện tích chè", "ha", 4210],
      ["Diện tích cà phê", "ha", 1875],
    ]);
  });

  it("reads a list of levels reached after 'còn' and 'giảm còn'", () => {
    expect(rows("Năm 2026, tỷ lệ hộ nghèo và hộ cận nghèo lần lượt giảm còn 1,64% và 2,97%.")).toEqual([
      ["Tỷ lệ hộ nghèo", "%", 1.64],
      ["Tỷ lệ hộ cận nghèo", "%", 2.97],
    ]);
    expect(
      rows("Tỷ lệ trẻ em suy dinh dưỡng thể thấp còi và thể nhẹ cân lần lượt còn 14,2% và 9,6%."),
    ).toEqual([
      ["Tỷ lệ trẻ em suy dinh dưỡng thể thấp còi", "%", 14.2],
      ["Tỷ lệ trẻ em suy dinh dưỡng thể nhẹ cân", "%", 9.6],
    ]);
  });

  it("keeps items named in full, and the tense of the list (a year ahead aims)", () => {
    const ps = extractIndicators(
      "Đến năm 2030, tỷ lệ đô thị hóa và tỷ lệ che phủ rừng lần lượt đạt 48% và 42,5%.",
      "vi",
    );
    expect(ps.map((p) => [p.name, p.actual, p.plan])).toEqual([
      ["Tỷ lệ đô thị hóa", null, 48],
      ["Tỷ lệ che phủ rừng", null, 42.5],
    ]);
  });

  it("leaves a list with fewer items than figures as the clause rules read it", () => {
    const ps = extractIndicators("Giá trị xuất khẩu lần lượt đạt 3,1 tỷ USD và 2,4 tỷ USD.", "vi");
    expect(ps.map((p) => p.actual)).toEqual([3.1, 2.4]);
  });
});
