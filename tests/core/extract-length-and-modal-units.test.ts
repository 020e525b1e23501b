/**
 * Units read by shape after a figure: a length in metres before the thing measured ("620 m kè") is
 * in "m", and a modal verb ("phải") ends the counted noun ("84 hộ phải di dời"). Sentences written
 * for these tests; none is in the corpus.
 */
import { find, read } from "./proposals";

describe("a length before the thing measured", () => {
  it("reads metres as the unit, not metres and the next noun", () => {
    const got = read("Năm 2026, phường đã nạo vét 620 m mương thoát nước và gia cố 380 m bờ kè.");
    expect(find(got, 620)?.unit).toBe("m");
    expect(find(got, 380)?.unit).toBe("m");
  });

  it("still reads a threshold length in a label as no figure", () => {
    const got = read(
      "Tàu cá có chiều dài từ 12 m trở lên được lắp thiết bị giám sát hành trình: 968/968 chiếc.",
    );
    expect(got.map((p) => p.unit)).toEqual(["chiếc"]);
  });
});

describe("a modal verb after a count", () => {
  it("ends the counted noun before 'phải'", () => {
    const got = read(
      "Mưa lớn kéo dài làm 84 hộ phải di dời đến nơi an toàn, 26 trường phải cho học sinh nghỉ học.",
    );
    expect(find(got, 84)?.unit).toBe("hộ");
    expect(find(got, 26)?.unit).toBe("trường");
  });
});
