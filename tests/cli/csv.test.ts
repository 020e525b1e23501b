import { detectDelimiter, parseCsv } from "../../src/cli/csv";

describe("CSV as offices export it", () => {
  test("a semicolon file with BOM keeps vi-VN decimals as typed", () => {
    const text = "\uFEFFSTT;Chỉ tiêu;Thực hiện\r\n1;Giá trị CN-XD;6.794,12\r\n2;Doanh thu;37.067\r\n";
    const csv = parseCsv(text);
    expect(csv.delimiter).toBe(";");
    expect(csv.rows).toEqual([
      ["STT", "Chỉ tiêu", "Thực hiện"],
      ["1", "Giá trị CN-XD", "6.794,12"],
      ["2", "Doanh thu", "37.067"],
    ]);
  });

  test("a comma file with quoted vi-VN decimals is split on commas", () => {
    const csv = parseCsv(
      'STT,Chỉ tiêu,Thực hiện\n1,"Khối lượng thanh toán","121,729"\n2,Doanh nghiệp mới,176\n',
    );
    expect(csv.delimiter).toBe(",");
    expect(csv.rows[1]).toEqual(["1", "Khối lượng thanh toán", "121,729"]);
  });

  test("unquoted decimal commas make a semicolon file win the guess", () => {
    expect(detectDelimiter("a;b;c\n1;2,5;3\n4;5,25;6,1\n")).toBe(";");
    expect(detectDelimiter("a,b,c\n1,2,3\n")).toBe(",");
  });

  test("quoted fields may hold quotes, delimiters and line breaks; lines are counted", () => {
    const csv = parseCsv(
      'STT,Chỉ tiêu\n1,"Thực hiện chủ trương ""6 không"",\nnăm 2021"\n2,Tai nạn giao thông\n',
    );
    expect(csv.rows[1]).toEqual(["1", 'Thực hiện chủ trương "6 không",\nnăm 2021']);
    expect(csv.lines).toEqual([1, 2, 4]);
  });

  test("empty fields are null and a last line without newline is kept", () => {
    const csv = parseCsv("a,,c\n,,\nx,y,z");
    expect(csv.rows).toEqual([
      ["a", null, "c"],
      [null, null, null],
      ["x", "y", "z"],
    ]);
  });
});
