/**
 * Storm, flood and environment reports: works and gear counted by their head noun, litres as a
 * measure, days counted by air quality, the dead and missing as one figure, two nouns sharing one
 * "bị/được" predicate, and a time base written after the measured thing. Sentences written for
 * these tests; none is in the corpus.
 */
import { find, read } from "./proposals";

describe("works and gear counted by their head noun", () => {
  it("counts reservoirs, weirs, cages and tanks by the first noun", () => {
    const got = read(
      "Bão số 4 làm 8 hồ chứa bị thấm thân đập, 13 đập dâng bị xói lở; 215 lồng nuôi cá bị trôi. Huyện đã cấp 960 bồn chứa nước cho các hộ vùng khô hạn.",
    );
    expect([8, 13, 215, 960].map((n) => find(got, n)?.unit)).toEqual(["hồ", "đập", "lồng", "bồn"]);
  });

  it("still reads a file (hồ sơ) as its own unit", () => {
    const got = read("Bộ phận một cửa đã tiếp nhận 4.312 hồ sơ, giải quyết đúng hạn 4.298 hồ sơ.");
    expect(find(got, 4312)?.unit).toBe("hồ sơ");
  });
});

describe("litres are a measure", () => {
  it("keeps lít as the unit and the chemical in the name", () => {
    const got = read("Trung tâm Kiểm soát bệnh tật cấp 2.750 lít hóa chất khử trùng cho 11 xã vùng ngập.");
    const litres = find(got, 2750);
    expect(litres?.unit).toBe("lít");
    expect(litres?.name.toLowerCase()).toContain("hóa chất khử trùng");
  });
});

describe("days counted by air quality", () => {
  it("counts days with good air after a figure", () => {
    const got = read("Trong năm 2026, trạm quan trắc ghi nhận 287 ngày chất lượng không khí ở mức tốt.");
    expect(find(got, 287)?.unit).toBe("ngày");
    expect(find(got, 287)?.name).toBe("Số ngày chất lượng không khí ở mức tốt");
  });

  it("counts days in a bullet labelled Số ngày", () => {
    const got = read(
      "Chỉ tiêu môi trường năm 2027:\n- Số ngày có chất lượng không khí ở mức tốt: 298 ngày;\n- Tỷ lệ che phủ rừng: 47,5%.",
    );
    expect(got.find((p) => p.plan === 298)?.unit).toBe("ngày");
  });

  it("still takes a span of days for time, not a count", () => {
    const got = read("Đoàn công tác làm việc 3 ngày tại huyện, kiểm tra 14 công trình.");
    expect(got.some((p) => p.unit === "ngày")).toBe(false);
  });
});

describe("the dead and missing, and nouns sharing a predicate", () => {
  it("names the dead and missing as one figure", () => {
    const got = read("Đợt lũ cuối tháng 10 đã làm 7 người chết và mất tích, 23 người bị thương.");
    expect(find(got, 7)?.name).toBe("Số người chết và mất tích");
  });

  it("keeps two nouns joined by và before a bị predicate in one name", () => {
    const got = read("Mưa đá làm 56 căn nhà bị tốc mái; 1.340 ha rau màu và cây ăn quả bị dập nát.");
    const area = find(got, 1340);
    expect(area?.unit).toBe("ha");
    expect(area?.name.toLowerCase()).toContain("rau màu và cây ăn quả bị dập nát");
  });
});

describe("a time base written after the measured thing", () => {
  it("puts /ngày after the noun into the measure's unit", () => {
    const got = read("Năm 2026, thị xã thu gom 72,5 tấn chất thải rắn/ngày, tăng 5,1% so với năm 2025.");
    expect(find(got, 72.5)?.unit).toBe("tấn/ngày");
  });
});

describe("a plant's capacity", () => {
  it("names the capacity by the whole of what was counted", () => {
    const got = read("Tỉnh hiện có 4 nhà máy cấp nước sạch nông thôn với tổng công suất 18.600 m3/ngày đêm.");
    expect(got.find((p) => p.actual === 18600)?.name.toLowerCase()).toContain(
      "nhà máy cấp nước sạch nông thôn",
    );
  });
});

describe("money put aside after và", () => {
  it("names the money by its own verb and the purpose after it", () => {
    const got = read(
      "Huyện đã sơ tán 214 hộ ra khỏi vùng nguy hiểm và bố trí 12,4 tỷ đồng khắc phục 5 đoạn đê xung yếu.",
    );
    expect(got.find((p) => p.actual === 12.4)?.name).toBe("Bố trí khắc phục 5 đoạn đê xung yếu");
    expect(got.find((p) => p.actual === 214)?.unit).toBe("hộ");
  });
});
