/**
 * A yes/no indicator's Thực hiện as offices fill it: "Đã hoàn thành", "Vượt", "Hoàn thành 100%",
 * or typed without a Vietnamese keyboard ("Hoan thanh"). Core (parseYesNo) and the live verdict
 * formula (yesNoOf reads a cell as the formula does: TRIM, case-insensitive) must read each alike.
 */
import { yesNoOf } from "../../src/core/formulas";
import { parseYesNo } from "../../src/core/targets";

const CASES: [string, "yes" | "no" | null][] = [
  ["Hoàn thành", "yes"],
  ["Đã hoàn thành", "yes"],
  ["Hoàn thành 100%", "yes"],
  ["Vượt", "yes"],
  ["Đạt yêu cầu", "yes"],
  ["Đã đạt", "yes"],
  ["HOÀN THÀNH", "yes"],
  ["  hoàn thành ", "yes"],
  ["Hoan thanh", "yes"],
  ["Dat", "yes"],
  ["✓", "yes"],
  ["reached", "yes"],
  ["Không đạt", "no"],
  ["Chưa hoàn thành", "no"],
  ["Khong hoan thanh", "no"],
  ["Chưa đạt yêu cầu", "no"],
  ["not reached", "no"],
  ["Đang thực hiện", null],
  ["", null],
];

test.each(CASES)("%j is read as %s by core and by the sheet's formula alike", (word, expected) => {
  expect([parseYesNo(word), yesNoOf(word)]).toEqual([expected, expected]);
});
