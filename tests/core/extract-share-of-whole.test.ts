/**
 * A part's share of a whole value ("trong đó công nghiệp chiếm 41%, dịch vụ 36%") is named
 * "Tỷ trọng …", each part by itself; a share of counted units keeps "Tỷ lệ". Sentences written for
 * these tests; none is in the corpus.
 */
import { find, read, readNamesByRules } from "./proposals";

describe("shares of a whole value", () => {
  it("names each listed part of a production value by itself", () => {
    const got = readNamesByRules(
      "Tổng giá trị sản xuất của huyện đạt 12,4 nghìn tỷ đồng, trong đó công nghiệp chiếm 47,5%, dịch vụ 31,2%, nông nghiệp 21,3%.",
    );
    expect(find(got, 47.5)?.name).toBe("Tỷ trọng công nghiệp");
    expect(find(got, 31.2)?.name).toBe("Tỷ trọng dịch vụ");
    expect(find(got, 21.3)?.name).toBe("Tỷ trọng nông nghiệp");
  });

  it("names a market's share of exports, and the next market's after its own 'chiếm'", () => {
    const got = read(
      "Hàng hóa xuất khẩu đến 41 quốc gia, trong đó thị trường Nhật Bản chiếm 27,6%, ASEAN chiếm 14,8% tổng kim ngạch.",
    );
    expect(find(got, 27.6)?.name).toBe("Tỷ trọng thị trường Nhật Bản");
    expect(find(got, 14.8)?.name).toBe("Tỷ trọng ASEAN");
  });

  it("keeps 'Tỷ lệ' for a share of counted units", () => {
    const got = readNamesByRules(
      "Toàn xã còn 63 hộ nghèo, chiếm 2,7% tổng số hộ; trong đó đảng viên chiếm 18,4%.",
    );
    expect(find(got, 18.4)?.name).toBe("Tỷ lệ đảng viên");
  });
});
