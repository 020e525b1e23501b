/**
 * A figure whose unit carries a scale word ("1,2 triệu tấn" in a "tấn" row), and a bare part read in
 * its whole's scale ("18,4 nghìn tấn, trong đó khai thác 9,1"): the Kế hoạch cell says the figure in
 * the unit's own terms (1.200.000, 9.100), a limit and a range alike, and a bare part still takes the
 * name of its whole. Pinned before the scale was written into the figure once (where it is read)
 * instead of again when the plan cell is written. Sentences written for these tests; none is in the
 * corpus.
 */
import { extractIndicators } from "../../src/core/extract";
import { nameUnitActualPlans as row, read } from "./proposals";

describe("a target whose unit carries a scale word", () => {
  it("writes a limit in the unit's terms", () => {
    expect(read("Năm 2027, phấn đấu sản lượng lương thực đạt trên 1,2 triệu tấn.").map(row)).toEqual([
      ["Sản lượng lương thực", "tấn", null, null, "trên 1.200.000"],
    ]);
  });

  it("writes both ends of a range in the unit's terms", () => {
    expect(read("Năm 2027, tỉnh phấn đấu đón 7 - 7,2 triệu lượt khách.").map(row)).toEqual([
      ["Đón lượt khách", "lượt khách", null, null, "7.000.000 - 7.200.000"],
    ]);
  });

  it("writes a plain target in the unit's terms beside its value", () => {
    expect(
      read(
        "Năm 2027, phấn đấu có 1,5 triệu lượt người dân được khám bệnh, nâng tổng số lên 2,5 triệu lượt người.",
      ).map(row),
    ).toEqual([
      ["Lượt người dân được khám bệnh", "lượt người", null, 1500000, "1.500.000"],
      ["Lượt người dân được khám bệnh", "lượt người", null, 2500000, "2.500.000"],
    ]);
  });

  it("keeps money's scale word in the unit and the figure as typed", () => {
    expect(
      read("Năm 2027, phấn đấu hỗ trợ 12 triệu đồng cho các hộ, trong đó hộ nghèo trên 5.").map(row),
    ).toEqual([
      ["Hỗ trợ", "triệu đồng", null, 12, "12"],
      ["Hộ nghèo", "triệu đồng", null, null, "trên 5"],
    ]);
  });
});

describe("a bare part after 'trong đó', read in its whole's scale", () => {
  it("plans the part in the unit's terms, with or without a limit", () => {
    expect(
      read("Năm 2027, phấn đấu sản lượng thủy sản đạt 18,4 nghìn tấn, trong đó khai thác 9,1.").map(row),
    ).toEqual([
      ["Sản lượng thủy sản", "tấn", null, 18400, "18.400"],
      ["Sản lượng khai thác", "tấn", null, 9100, "9.100"],
    ]);
    expect(
      read("Năm 2027, phấn đấu sản lượng thủy sản đạt 18,4 nghìn tấn, trong đó khai thác trên 9,1.").map(row),
    ).toEqual([
      ["Sản lượng thủy sản", "tấn", null, 18400, "18.400"],
      ["Sản lượng khai thác", "tấn", null, null, "trên 9.100"],
    ]);
  });

  it("reads a result part in the whole's scale too", () => {
    expect(read("Năm 2026, sản lượng thủy sản đạt 18,4 nghìn tấn, trong đó khai thác 9,1.").map(row)).toEqual(
      [
        ["Sản lượng thủy sản", "tấn", 18400, null, null],
        ["Sản lượng khai thác", "tấn", 9100, null, null],
      ],
    );
  });

  it("names a part in a generic unit after its whole, however its scaled figure is written", () => {
    expect(
      read("Năm 2027, phấn đấu giải quyết việc làm cho 2,4 nghìn người, trong đó nữ ít nhất 1,1.").map(row),
    ).toEqual([
      ["Giải quyết việc làm", "người", null, 2400, "2.400"],
      ["Giải quyết việc làm nữ", "người", null, null, "ít nhất 1.100"],
    ]);
    // "0,9" and "900" are as long: the part is bare by what was typed, not by a length.
    expect(read("Năm 2027, phấn đấu tiếp nhận 2,1 nghìn trường hợp, trong đó nữ 0,9.").map(row)).toEqual([
      ["Tiếp nhận trường hợp", "trường hợp", null, 2100, "2.100"],
      ["Tiếp nhận trường hợp nữ", "trường hợp", null, 900, "900"],
    ]);
    expect(
      read("Năm 2026, đã tập huấn cho 3,2 nghìn lượt người, trong đó nữ 1,4, thanh niên 0,9.").map(row),
    ).toEqual([
      ["Lượt người được tập huấn", "lượt người", 3200, null, null],
      ["Lượt người được tập huấn nữ", "lượt người", 1400, null, null],
      ["Lượt người được tập huấn thanh niên", "lượt người", 900, null, null],
    ]);
  });

  it("does not take the whole's name for a part that writes its own unit", () => {
    // Its name stays thin ("Nữ người"), as before: only a bare part inherits.
    expect(
      read("Năm 2027, phấn đấu giải quyết việc làm cho 2,4 nghìn người, trong đó nữ 1,1 nghìn người.").map(
        row,
      ),
    ).toEqual([
      ["Giải quyết việc làm", "người", null, 2400, "2.400"],
      ["Nữ người", "người", null, 1100, "1.100"],
    ]);
  });

  it("keeps a bare part after money as typed, in the whole's unit", () => {
    expect(read("Năm 2026, hỗ trợ 12 triệu đồng cho các hộ, trong đó hộ nghèo 5.").map(row)).toEqual([
      ["Hỗ trợ", "triệu đồng", 12, null, null],
      ["Hộ nghèo", "triệu đồng", 5, null, null],
    ]);
    expect(read("Năm 2027, phấn đấu hỗ trợ 12 triệu đồng cho các hộ, trong đó hộ nghèo 5.").map(row)).toEqual(
      [
        ["Hỗ trợ", "triệu đồng", null, 12, "12"],
        ["Hộ nghèo", "triệu đồng", null, 5, "5"],
      ],
    );
  });
});

describe("a part under a stacked money scale", () => {
  it("plans the part in the whole's unit, its limit word kept", () => {
    expect(
      read(
        "Năm 2027, phấn đấu tổng vốn đầu tư toàn xã hội đạt 2,4 nghìn tỷ đồng, trong đó vốn ngân sách trên 0,75.",
      ).map(row),
    ).toEqual([
      ["Tổng vốn đầu tư toàn xã hội", "tỷ đồng", null, 2400, "2.400"],
      ["Vốn ngân sách", "tỷ đồng", null, null, "trên 750"],
    ]);
  });
});

describe("bare figures of a 'lần lượt' list before a scaled one", () => {
  it("plans each in the unit's terms", () => {
    expect(
      read("Năm 2027, phấn đấu sản lượng chè và tiêu lần lượt đạt 1,4 và 0,25 triệu tấn.").map(row),
    ).toEqual([
      ["Sản lượng chè", "tấn", null, 1400000, "1.400.000"],
      ["Sản lượng tiêu", "tấn", null, 250000, "250.000"],
    ]);
    expect(
      read("Năm 2027, phấn đấu doanh thu và lợi nhuận lần lượt đạt 1,6 và 0,2 nghìn tỷ đồng.").map(row),
    ).toEqual([
      ["Doanh thu", "tỷ đồng", null, 1600, "1.600"],
      ["Lợi nhuận", "tỷ đồng", null, 200, "200"],
    ]);
  });
});

describe("a scaled figure under the English number convention", () => {
  it("writes the plan with the convention's marks, as a stacked scale and a raised total already were", () => {
    const got = extractIndicators(
      "Năm 2027, tỉnh phấn đấu đón 7 - 7,2 triệu lượt khách; sản lượng thủy sản đạt 18,4 nghìn tấn, trong đó khai thác trên 9,1.",
      "en",
    );
    expect(got.map((p) => p.planText)).toEqual(["7,000,000 - 7,200,000", "18,400", "trên 9,100"]);
  });
});
