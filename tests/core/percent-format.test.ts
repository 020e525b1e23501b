import { isPercentFormat } from "../../src/core/numbers";
import { readTable } from "../../src/core/table";

describe("isPercentFormat: only a % that Excel applies", () => {
  it.each([
    ["0%", true],
    ["0.00%", true],
    ["#,##0.0%;[Red]-#,##0.0%", true],
    ["0.00\\%", false],
    ['0.00"%"', false],
    ['"tỷ lệ %" 0.00', false],
    ["0.00_%", false],
    ["General", false],
  ])("%s → %s", (format, shows) => expect(isPercentFormat(format)).toBe(shows));

  it("a 4 shown with 0.00\\% is read as 4, not 400", () => {
    const grid = [
      ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện"],
      [1, "Tỷ lệ hộ nghèo", "%", 5, 4],
    ];
    const formats = [[], [null, null, null, null, "0.00\\%"]];
    const read = readTable(grid, { convention: "vi", numberFormats: formats });
    expect(read.table.groups[0]!.rows[0]!.actual).toBe(4);
    const escaped = readTable(grid, {
      convention: "vi",
      numberFormats: [[], [null, null, null, null, "0.00%"]],
    });
    expect(escaped.table.groups[0]!.rows[0]!.actual).toBe(400);
  });
});
