import type { FindingCode, Text } from "../model";
import type { MessageParams, MessageTemplate } from "./index";
import { columnLabel } from "./labels";

function column(p: MessageParams): Text {
  return columnLabel(p.column);
}

/** missing_direction on a structure share planned as one figure: core judges it as a composition. */
function compositionNoDirection(p: MessageParams): Text {
  return {
    vi:
      `${at(p).vi}${about(p)}: chưa ghi chiều đánh giá nên tỷ trọng này được so với cơ cấu kế hoạch: ` +
      `lệch trong sai số "khoảng" (điểm %) là Đạt, cao hơn hay thấp hơn quá mức đó đều là Không đạt. ` +
      `Nếu tỷ trọng này càng cao (hoặc càng thấp) càng tốt, ` +
      `${p.noColumn === 1 ? 'thêm cột Chiều và ghi "Tăng" (hoặc "Giảm") ở dòng này.' : 'ghi "Tăng" (hoặc "Giảm") vào cột Chiều.'}`,
    en:
      `${at(p).en}${about(p)}: no direction given, so this share is compared with the planned structure: ` +
      `within the "khoảng" tolerance (points) it is reached, further above or below is not reached. ` +
      `If a higher (or lower) share is better, ` +
      `${p.noColumn === 1 ? 'add a Direction (Chiều) column and enter "Tăng" (or "Giảm") on this row.' : 'enter "Tăng" (or "Giảm") in Direction.'}`,
  };
}

/** " điểm %" / " points" after a figure of a Chênh lệch column. */
function pointsVi(p: MessageParams): string {
  return p.points === 1 ? " điểm %" : "";
}
function pointsEn(p: MessageParams): string {
  return p.points === 1 ? " points" : "";
}

/** "Ô G7" / "Cell G7", or "Dòng 7" / "Row 7" when the table has no such column. */
function at(p: MessageParams): Text {
  if (p.cell !== undefined) return { vi: `Ô ${p.cell}`, en: `Cell ${p.cell}` };
  if (p.row !== undefined) return { vi: `Dòng ${p.row}`, en: `Row ${p.row}` };
  return { vi: "Bảng", en: "Table" };
}

/** ` "Doanh nghiệp mới"` after a phrase, or nothing when the row has no name. */
function named(p: MessageParams): string {
  const name = String(p.name ?? "").trim();
  return name === "" ? "" : ` "${name}"`;
}

/** "Thực hiện của "Doanh thu"" / "Actual of "Doanh thu"": the column, and the row when named. */
function subject(p: MessageParams): Text {
  const c = column(p);
  const name = named(p);
  return name === "" ? c : { vi: `${c.vi} của${name}`, en: `${c.en} of${name}` };
}

/** ` ("Doanh nghiệp mới")` after the cell, or nothing when the row has no name. */
function about(p: MessageParams): string {
  const name = named(p);
  return name === "" ? "" : ` (${name.trim()})`;
}

/** `nhóm "Kinh tế"`, or the table when the rows have no group heading (never `nhóm ""`). */
function inGroup(p: MessageParams, named: Text, unnamed: Text): Text {
  const group = String(p.group ?? "").trim();
  return group === "" ? unnamed : { vi: `${named.vi} "${group}"`, en: `${named.en} "${group}"` };
}

/** thousands_slip of a figure with exactly three decimals ("37.067" read as 37,067). */
function threeDecimals(p: MessageParams): Text {
  return {
    vi:
      `${at(p).vi} (${subject(p).vi}): số ${p.shown} có đúng ba chữ số thập phân, nhiều khả năng ` +
      `là ${p.fixed} bị Excel hiểu dấu chấm phân cách hàng nghìn thành dấu thập phân. ` +
      `Bấm Sửa để đổi thành ${p.fixed}.`,
    en:
      `${at(p).en} (${subject(p).en}): ${p.shown} has exactly three decimals; it is most likely ` +
      `${p.fixed} (${p.plain}), typed with a thousands dot that Excel read as a decimal point. ` +
      `Click Fix to change it to ${p.fixed}.`,
  };
}

/** Messages for what the validation rules find (owned by the rules module). */
export const RULE_MESSAGES: Partial<Record<FindingCode, MessageTemplate>> = {
  thousands_slip: (p) =>
    p.lost === 1
      ? {
          vi:
            `${at(p).vi} (${subject(p).vi}): số ${p.shown} nhỏ hơn khoảng 1.000 lần số khác của dòng, ` +
            `nhiều khả năng là ${p.fixed} bị Excel hiểu dấu chấm phân cách hàng nghìn thành dấu thập ` +
            `phân (và bỏ các số 0 ở cuối). Bấm Sửa để đổi thành ${p.fixed}.`,
          en:
            `${at(p).en} (${subject(p).en}): ${p.shown} is about 1,000 times smaller than another ` +
            `figure of the row; it is most likely ${p.fixed} (${p.plain}), typed with a thousands dot ` +
            `that Excel read as a decimal point (dropping the zeros after it). Click Fix to change it ` +
            `to ${p.fixed}.`,
        }
      : threeDecimals(p),

  negative_count: (p) =>
    p.problem === "negative"
      ? {
          vi:
            `${at(p).vi} (${subject(p).vi}): đơn vị là "${p.unit}" nên số liệu không thể âm, ` +
            `nhưng đang là ${p.shown}. Kiểm tra lại và nhập số không âm.`,
          en:
            `${at(p).en} (${subject(p).en}): the unit is "${p.unit}", so the figure cannot be ` +
            `negative, but it is ${p.shown}. Check it and enter a number of zero or more.`,
        }
      : {
          vi:
            `${at(p).vi} (${subject(p).vi}): đơn vị là "${p.unit}" nên phải là số nguyên, ` +
            `nhưng đang là ${p.shown}. Kiểm tra lại số liệu.`,
          en:
            `${at(p).en} (${subject(p).en}): the unit is "${p.unit}", so the figure must be a ` +
            `whole number, but it is ${p.shown}. Check the figure.`,
        },

  rate_out_of_range: (p) => ({
    vi:
      `${at(p).vi} (${subject(p).vi}): tỷ lệ phải nằm trong khoảng 0–100%, nhưng đang là ` +
      `${p.shown}%. Kiểm tra lại; nếu đây là tốc độ tăng trưởng, ghi Loại là "tăng trưởng".`,
    en:
      `${at(p).en} (${subject(p).en}): a rate must lie between 0 and 100%, but it is ` +
      `${p.shown}%. Check it; if this is a growth rate, set Kind to "tăng trưởng" (growth).`,
  }),

  shares_over_100: (p) => {
    const of = inGroup(p, { vi: "của nhóm", en: "of group" }, { vi: "của bảng", en: "of the table" });
    // The finding stands on the last share: the others are named, this one is "ô này" (the view
    // beside the cell would otherwise say its address twice).
    const others = String(p.others ?? "");
    const many = others.includes(",");
    return {
      vi:
        `${at(p).vi}: các tỷ trọng cơ cấu (${column(p).vi}) ${of.vi}, ô này cùng ô ${others}, cộng lại ` +
        `${p.sum}%, vượt quá 100%. Kiểm tra lại từng tỷ trọng.`,
      en:
        `${at(p).en}: the structure shares (${column(p).en}) ${of.en}, this cell and ${many ? "cells" : "cell"} ` +
        `${others}, add up to ${p.sum}%, more than 100%. Check each share.`,
    };
  },

  prior_outlier: (p) => ({
    vi:
      `${at(p).vi}${about(p)}: thực hiện ${p.actual} so với cùng kỳ ${p.prior} là ${p.change}, ` +
      `${p.up === 1 ? "tăng" : "giảm"} hơn ${p.threshold}%. Nên xem lại số thực hiện, số cùng kỳ và đơn vị tính.`,
    en:
      `${at(p).en}${about(p)}: the actual ${p.actual} against the prior year's ${p.prior} is ${p.change}, ` +
      `a change of more than ${p.threshold}%. Worth a second look at both figures and the unit.`,
  }),

  // One sentence for every printed %: the "Báo cáo" column (% báo cáo) and the office's own % KH,
  // % CK, tăng/giảm and chênh lệch columns, each named by its column (reported.ts, printedFinding).
  reported_pct_mismatch: (p) => ({
    vi:
      `${at(p).vi}${about(p)}: ${column(p).vi} ghi ${p.printed}${pointsVi(p)} ` +
      `nhưng tính ra ${p.computed}${pointsVi(p)} (${p.how}). ` +
      `Kiểm tra lại số đã ghi, hoặc các số dùng để tính.`,
    en:
      `${at(p).en}${about(p)}: ${column(p).en} says ${p.printed}${pointsEn(p)} ` +
      `but computes to ${p.computed}${pointsEn(p)} (${p.how}). ` +
      `Check the figure written there, or the figures it is made from.`,
  }),

  reported_pct_truncated: (p) => ({
    vi:
      `${at(p).vi}${about(p)}: ${column(p).vi} ghi ${p.printed}${pointsVi(p)}, là ${p.computed}${pointsVi(p)} ` +
      `(${p.how}) bị cắt bớt chữ số thay vì làm tròn. Không sai đáng kể; có thể ghi ${p.computed}.`,
    en:
      `${at(p).en}${about(p)}: ${column(p).en} says ${p.printed}${pointsEn(p)}, which is ` +
      `${p.computed}${pointsEn(p)} (${p.how}) cut off instead of rounded. ` +
      `Not a real error; you may write ${p.computed}.`,
  }),

  missing_plan: (p) =>
    p.table === 1
      ? {
          vi:
            "Bảng chưa có cột Kế hoạch (chỉ tiêu Nghị quyết) nên các số thực hiện chỉ được báo cáo, " +
            "không đánh giá được chỉ tiêu nào. Thêm cột Kế hoạch và nhập số kế hoạch cho từng dòng.",
          en:
            "The table has no Plan (resolution target) column, so the actuals are reported but no " +
            "indicator can be judged. Add a Plan column and enter each row's target.",
        }
      : {
          vi:
            `${at(p).vi}${about(p)}: chưa có kế hoạch (chỉ tiêu Nghị quyết)` +
            `${p.hasActual === 1 ? ', nên số thực hiện được báo cáo là "Không giao kế hoạch" và không tính vào số chỉ tiêu đạt' : ""}. ` +
            `Nếu Nghị quyết có giao chỉ tiêu này, nhập số kế hoạch vào cột Kế hoạch.`,
          en:
            `${at(p).en}${about(p)}: no plan (resolution target)` +
            `${p.hasActual === 1 ? ', so the actual is reported as "No target" and not counted among the targets reached' : ""}. ` +
            `If the resolution set one, enter it in the Plan column.`,
        },

  missing_unit: (p) =>
    p.table === 1
      ? {
          vi: "Bảng chưa có cột Đơn vị tính. Thêm cột Đơn vị và ghi đơn vị cho từng dòng (tỷ đồng, %, người, hộ…).",
          en: "The table has no Unit column. Add one and give each row its unit (tỷ đồng, %, người, hộ…).",
        }
      : {
          vi: `${at(p).vi}${about(p)}: chưa có đơn vị tính. Nhập đơn vị, ví dụ tỷ đồng, %, người, hộ.`,
          en: `${at(p).en}${about(p)}: no unit. Enter one, e.g. tỷ đồng, %, người (people), hộ (households).`,
        },

  missing_direction: (p) =>
    p.composition === 1
      ? compositionNoDirection(p)
      : {
          vi:
            `${at(p).vi}${about(p)}: chưa ghi chiều đánh giá nên đang hiểu là "tăng là tốt". ` +
            `Nếu chỉ tiêu này càng giảm càng tốt (như tai nạn, hộ nghèo), ` +
            `${p.noColumn === 1 ? 'thêm cột Chiều và ghi "giảm là tốt" ở dòng này.' : 'ghi "giảm là tốt" vào cột Chiều.'}`,
          en:
            `${at(p).en}${about(p)}: no direction given, so higher is taken as better. ` +
            `If lower is better for this indicator (accidents, poverty…), ` +
            `${p.noColumn === 1 ? 'add a Direction (Chiều) column and enter "giảm là tốt" (down) on this row.' : 'enter "giảm là tốt" (down) in Direction.'}`,
        },

  direction_inferred: (p) => {
    const down = p.direction === "down";
    const word = down ? "Giảm" : "Tăng";
    const other = down ? "Tăng" : "Giảm";
    const why: Text =
      p.unsure === 1
        ? {
            vi: ` Đơn vị là % nên số liệu được hiểu là mức giảm (giảm càng nhiều càng tốt), không phải tỷ lệ còn lại.`,
            en: ` The unit is %, so the figure is taken as the size of the cut (the more the better), not the level left.`,
          }
        : { vi: "", en: "" };
    const where: Text =
      p.noColumn === 1
        ? {
            vi: "vào cột Chiều mới bên phải bảng",
            en: "in a new Chiều (direction) column right of the table",
          }
        : { vi: "vào cột Chiều", en: "in the Chiều (direction) column" };
    return {
      vi:
        `${at(p).vi}${about(p)}: bảng không ghi chiều đánh giá nên, theo chữ "${p.because}" trong tên, ` +
        `chỉ tiêu này được đánh giá theo chiều ${down ? "giảm là tốt (số càng thấp càng tốt)" : "tăng là tốt (số càng cao càng tốt)"}.${why.vi} ` +
        `Nếu đúng, bấm Sửa để ghi "${word}" ${where.vi}; nếu không, ghi "${other}".`,
      en:
        `${at(p).en}${about(p)}: the table gives no direction, so from the words "${p.because}" in the name ` +
        `this indicator is judged as ${down ? "lower is better" : "higher is better"}.${why.en} ` +
        `If that is right, click Fix to write "${word}" ${where.en}; if not, write "${other}".`,
    };
  },

  duplicate_name: (p) => {
    const first: Text =
      p.first !== undefined
        ? { vi: `ô ${p.first}`, en: `cell ${p.first}` }
        : { vi: `dòng ${p.firstRow}`, en: `row ${p.firstRow}` };
    const within = inGroup(
      p,
      { vi: "trong cùng nhóm", en: "in the same group" },
      { vi: "trong bảng", en: "in the table" },
    );
    return {
      vi:
        `${at(p).vi}: tên chỉ tiêu "${p.name}" trùng với ${first.vi} ${within.vi}. ` +
        `Gộp hai dòng hoặc đổi tên cho khác nhau.`,
      en:
        `${at(p).en}: the indicator "${p.name}" repeats ${first.en} ${within.en}. ` +
        `Merge the two rows or give them different names.`,
    };
  },

  empty_required: (p) =>
    p.table === 1
      ? {
          vi:
            "Không tìm thấy cột Thực hiện (hoặc Ước TH) trong tiêu đề bảng nên mọi chỉ tiêu là " +
            '"Chưa có số liệu". Đặt tiêu đề cột số thực hiện là "Thực hiện", "Ước TH" hoặc "TH" ' +
            '(có thể kèm kỳ và năm, ví dụ "Thực hiện quý I/2021"), hoặc bấm Chỉ định cột trong ngăn chitieu.',
          en:
            "No Actual (or Estimate) column was found among the table's headers, so every indicator is " +
            '"No data". Head the column of actuals "Thực hiện", "Ước TH", "TH" or "Actual" (a period ' +
            'and year may follow, e.g. "Thực hiện quý I/2021"), or use Map columns in the chitieu pane.',
        }
      : {
          vi: `${at(p).vi}: dòng này có số liệu nhưng chưa có tên chỉ tiêu. Nhập tên chỉ tiêu hoặc xóa số liệu thừa.`,
          en: `${at(p).en}: this row has figures but no indicator name. Enter the name or delete the stray figures.`,
        },

  owned_column_has_user_value: (p) => ({
    vi:
      `${at(p).vi}: cột "${column(p).vi}" do chitieu tự tính bằng công thức, nhưng ô này đang chứa giá trị ` +
      `gõ tay (${p.shown}). Bấm Tính lại để thay bằng công thức, hoặc chuyển số này sang cột Ghi chú.`,
    en:
      `${at(p).en}: the "${column(p).en}" column is computed by chitieu with formulas, but this cell holds a ` +
      `typed value (${p.shown}). Click Compute to put the formula back, or move the value to the Note column.`,
  }),
};
