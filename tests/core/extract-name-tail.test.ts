/**
 * The end of a name that says where, when or who, not what is counted (src/core/extract-name-tail.ts):
 * an event's own name, the day a stock was counted, the predicate after an owning province, a bare
 * "có" after the subject's proper name, the sender of a report. Sentences written for these tests;
 * none is in the corpus.
 */
import { extractIndicators } from "../../src/core/extract";
import { withoutNameTail } from "../../src/core/extract-name-tail";

const names = (text: string): [string, number | null][] =>
  extractIndicators(text, "vi").map((p) => [p.name, p.actual ?? p.plan]);

describe("an event's own name that opens the sentence", () => {
  it("is cut to the kind of event", () => {
    expect(
      names(
        "Tại Đại hội Thể thao học sinh khu vực lần thứ V, đoàn huyện giành 23 huy chương, trong đó 6 huy chương vàng.",
      ),
    ).toEqual([
      ["Huy chương tại Đại hội", 23],
      ["Huy chương vàng tại Đại hội", 6],
    ]);
    expect(
      withoutNameTail(
        "Huy chương bạc tại Hội thi Tin học trẻ toàn quốc lần thứ XXXI",
        "Tại Hội thi Tin học trẻ toàn quốc lần thứ XXXI, đội tuyển của tỉnh giành 5 giải nhất và ",
      ),
    ).toBe("Huy chương bạc tại Hội thi");
  });

  it("stays when written after the count, as its own", () => {
    expect(names("Năm 2030 phấn đấu giành 18 huy chương tại Hội thao Quốc phòng khu vực.")[0]?.[0]).toBe(
      "Huy chương tại Hội thao Quốc phòng khu vực",
    );
  });

  it("leaves a kind of place or events in lower case", () => {
    expect(withoutNameTail("Huy chương tại các giải quốc gia và quốc tế")).toBe(
      "Huy chương tại các giải quốc gia và quốc tế",
    );
    expect(withoutNameTail("Lượt khám bệnh tại Trạm Y tế xã")).toBe("Lượt khám bệnh tại Trạm Y tế xã");
  });
});

describe("the day a stock was counted", () => {
  it("is no part of its name", () => {
    expect(names("Tỷ lệ thất nghiệp tại thời điểm 31/12 là 2,1%.")).toEqual([["Tỷ lệ thất nghiệp", 2.1]]);
    expect(withoutNameTail("Số thuê bao di động vào thời điểm 01/10/2027")).toBe("Số thuê bao di động");
  });
});

describe("the predicate after the province or district that owns the count", () => {
  it("is cut with the owner", () => {
    expect(names("Đàn bò của huyện hiện đạt khoảng 41,2 nghìn con, tăng 2,3% so với cùng kỳ.")[0]).toEqual([
      "Đàn bò",
      41200,
    ]);
    expect(names("Khoảng 640 thuyền của tỉnh An Khê đã ra khơi trong vụ cá Bắc.")).toEqual([["Thuyền", 640]]);
  });

  it("keeps an owner with no predicate after it", () => {
    expect(withoutNameTail("Sản phẩm OCOP của xã")).toBe("Sản phẩm OCOP của xã");
    expect(withoutNameTail("Giá trị sản xuất của huyện được điều chỉnh")).toBe(
      "Giá trị sản xuất của huyện được điều chỉnh",
    );
  });
});

describe("a bare verb at the end", () => {
  it("goes after the proper name of the subject that has the count", () => {
    expect(names("Năm học 2027 - 2028, Trường Tiểu học An Phú có 912 học sinh.")).toEqual([
      ["Học sinh trường Tiểu học An Phú", 912],
    ]);
  });

  it("stays after a common noun, where it says what is counted", () => {
    expect(withoutNameTail("Bản còn")).toBe("Bản còn");
    expect(withoutNameTail("Tiêu chí bình quân mỗi xã đạt")).toBe("Tiêu chí bình quân mỗi xã đạt");
  });
});

describe("the body that sends the figures", () => {
  it("is no part of a row", () => {
    expect(withoutNameTail("Tổng số học sinh trường tiểu học bình minh báo cáo số liệu cuối năm học")).toBe(
      "Tổng số học sinh",
    );
  });
});

describe("the poverty standard", () => {
  it("names the rate, not the count of households in brackets after it", () => {
    expect(
      names(
        "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm còn 3,12% (2.517 hộ), giảm 0,9 điểm % so với cuối năm 2026.",
      ).slice(0, 2),
    ).toEqual([
      ["Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", 3.12],
      ["Hộ nghèo", 2517],
    ]);
    expect(withoutNameTail("Hộ cận nghèo theo chuẩn nghèo đa chiều giai đoạn 2026 - 2030", "", "hộ")).toBe(
      "Hộ cận nghèo",
    );
  });
});

describe("the subject place before what it counts", () => {
  it("leads no name, of the count or of its share", () => {
    expect(
      names(
        "Theo kết quả rà soát cuối năm 2027, xã biên giới Mường Tè còn 312 hộ nghèo, chiếm 21,4% tổng số hộ.",
      ),
    ).toEqual([
      ["Hộ nghèo", 312],
      ["Tỷ lệ hộ nghèo", 21.4],
    ]);
  });

  it("stays when the place is what is counted", () => {
    expect(withoutNameTail("Xã đạt chuẩn nông thôn mới")).toBe("Xã đạt chuẩn nông thôn mới");
    expect(withoutNameTail("Dân số phường Đông Hà")).toBe("Dân số phường Đông Hà");
  });
});

describe("a place then a verb", () => {
  it("is no subject place to cut", () => {
    expect(withoutNameTail("Tỉnh được Trung ương giao kế hoạch vốn")).toBe(
      "Tỉnh được Trung ương giao kế hoạch vốn",
    );
  });
});
