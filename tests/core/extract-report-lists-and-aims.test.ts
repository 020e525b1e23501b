/**
 * Shapes of report sentences that list what stands, then aim: a count of cases beside the people in
 * them takes the offence said once after the people; the classes and pupils counted "với" a number
 * of schools are named by their own unit; a part after ";" that opens with its target ("; phấn đấu
 * …") leaves what stands before it a result; and in "A đạt …, năm Y phấn đấu …; …" an item after ";"
 * with no year of its own says where it stands. Sentences written for these tests; none is in the
 * corpus.
 */
import { read } from "./proposals";

describe("cases counted beside their people", () => {
  it("take the offence said after the people", () => {
    const got = read("Công an thị xã phát hiện, bắt giữ 73 vụ, 118 đối tượng phạm tội về ma túy.");
    expect(got.map((p) => [p.name, p.actual, p.unit])).toEqual([
      ["Vụ phạm tội về ma túy bị phát hiện, bắt giữ", 73, "vụ"],
      ["Phát hiện, bắt giữ đối tượng phạm tội về ma túy", 118, "đối tượng"],
    ]);
  });

  it("stay as they are when the people have no offence named", () => {
    const got = read("Lực lượng chức năng xử lý 31 vụ, 40 đối tượng.");
    expect(got.map((p) => p.name)).toEqual(["Xử lý vụ", "Xử lý đối tượng"]);
  });
});

describe("classes and pupils counted with the schools", () => {
  it("are named by their own unit", () => {
    const got = read("Năm học 2028 - 2029, toàn huyện có 58 trường với 1.214 lớp và 36.902 học sinh.");
    expect(got.map((p) => [p.name, p.actual])).toEqual([
      ["Trường", 58],
      ["Lớp học", 1214],
      ["Học sinh", 36902],
    ]);
  });
});

describe("a target that opens a part after ';'", () => {
  it("leaves what stands before it a result", () => {
    const got = read(
      "Toàn huyện có 41/47 trường đạt chuẩn quốc gia (87,2%); phấn đấu đến cuối năm 2029 có 45/47 trường đạt chuẩn.",
    );
    expect(got.map((p) => [p.unit, p.actual, p.plan])).toEqual([
      ["trường", 41, null],
      ["%", 87.2, null],
      ["trường", null, 45],
    ]);
  });

  it("keeps a list of targets a list of targets", () => {
    const got = read(
      "Phấn đấu tỷ lệ lao động qua đào tạo đạt 72%; phấn đấu có 12 xã đạt chuẩn nông thôn mới.",
    );
    expect(got.map((p) => [p.actual, p.plan])).toEqual([
      [null, 72],
      [null, 12],
    ]);
  });
});

describe("an item with no year after items that turn to next year's target", () => {
  it("says where it stands", () => {
    const got = read(
      "Phường An Hòa: năm 2028 có 96,1% hộ dùng nước sạch, năm 2029 phấn đấu đạt 98%; tổng đàn lợn đạt 6.350 con, năm 2029 dự kiến 6.800 con; tỷ lệ hộ có thẻ bảo hiểm y tế đạt 91,4%.",
    );
    expect(got.map((p) => [p.unit, p.actual, p.plan])).toEqual([
      ["%", 96.1, null],
      ["%", null, 98],
      ["con", 6350, null],
      ["con", null, 6800],
      ["%", 91.4, null],
    ]);
  });
});

describe("a name read after its figure up to the next year", () => {
  it("ends without the comma that ended it", () => {
    const got = read("Năm 2028 có 88,4% hộ dùng điện an toàn, năm 2029 phấn đấu đạt 92%.");
    expect(got.map((p) => p.name)).toEqual(["Tỷ lệ hộ dùng điện an toàn", "Tỷ lệ hộ dùng điện an toàn"]);
  });
});

describe("how a session's delegates voted", () => {
  it("is no indicator", () => {
    const got = read(
      "Kỳ họp đã thông qua 14 nghị quyết; 47/49 đại biểu có mặt biểu quyết tán thành với tỷ lệ 95,9%.",
    );
    expect(got.filter((p) => p.unit === "%")).toEqual([]);
  });

  it("leaves a submission's approval rate", () => {
    const got = read("Tờ trình được thông qua với tỷ lệ biểu quyết tán thành 97,4%.");
    expect(got.map((p) => [p.name, p.actual])).toEqual([["Tỷ lệ biểu quyết tán thành", 97.4]]);
  });
});
