import type { FindingCode, Text } from "../model";
import type { MessageParams, MessageTemplate } from "./index";
import { columnLabel } from "./labels";

const KIND_LABELS: Record<string, Text> = {
  quantity: { vi: "Số lượng", en: "quantity" },
  rate: { vi: "Tỷ lệ", en: "rate" },
  growth: { vi: "Tăng trưởng", en: "growth" },
  structure: { vi: "Cơ cấu", en: "structure" },
  yesno: { vi: "Đạt/không", en: "yes/no" },
};

const DIRECTION_LABELS: Record<string, Text> = {
  up: { vi: "Tăng là tốt", en: "higher is better" },
  down: { vi: "Giảm là tốt", en: "lower is better" },
};

/** "Ô E7 (Thực hiện của "Doanh nghiệp mới")" / "Cell E7 (Actual of "Doanh nghiệp mới")". */
function where(p: MessageParams): Text {
  const col = columnLabel(p.column);
  const name = String(p.name ?? "").trim();
  const what: Text = name === "" ? col : { vi: `${col.vi} của "${name}"`, en: `${col.en} of "${name}"` };
  const cell = String(p.cell ?? "");
  const head: Text = cell === "" ? { vi: "Bảng", en: "Table" } : { vi: `Ô ${cell}`, en: `Cell ${cell}` };
  return what.vi === "" ? head : { vi: `${head.vi} (${what.vi})`, en: `${head.en} (${what.en})` };
}

/** What was typed, quoted ("6.794,12"), or a plain subject when we do not know it. */
function typedOr(p: MessageParams, subject: string): string {
  const typed = String(p.typed ?? "").trim();
  return typed === "" ? subject : `"${typed}"`;
}

function label(labels: Record<string, Text>, id: string | number | undefined): Text {
  return labels[String(id ?? "")] ?? { vi: "", en: "" };
}

/** Messages for what the table reader finds (owned by the numbers/targets/table module). */
export const INPUT_MESSAGES: Partial<Record<FindingCode, MessageTemplate>> = {
  number_as_text: (p) => ({
    vi:
      `${where(p).vi}: ${typedOr(p, "số liệu")} đang được lưu dưới dạng chữ nên Excel không tính được. ` +
      `Bấm Sửa để đổi thành số ${p.fixed}.`,
    en:
      `${where(p).en}: ${typedOr(p, "the figure")} is stored as text, so Excel cannot calculate with it. ` +
      `Click Fix to change it to the number ${p.fixed}.`,
  }),

  fraction_as_actual: (p) => {
    const what: Text =
      p.share === 1
        ? { vi: `tỷ lệ ${p.fixed}%`, en: `a rate of ${p.fixed}%` }
        : { vi: `số thực hiện ${p.fixed}`, en: `an actual of ${p.fixed}` };
    const fix: Text =
      p.formula === 1
        ? {
            vi: `Ô có công thức nên chitieu không ghi đè; hãy sửa công thức cho ra số ${p.fixed}.`,
            en: `The cell holds a formula, so chitieu will not overwrite it; change the formula to give ${p.fixed}.`,
          }
        : {
            vi: `Bấm Sửa để ghi số ${p.fixed} vào ô.`,
            en: `Click Fix to write the number ${p.fixed} in the cell.`,
          };
    const total: Text =
      p.plan === "none"
        ? {
            vi: `Bảng không có cột Kế hoạch để ghi tổng số ${p.total}; nếu cần, ghi vào Ghi chú.`,
            en: `The table has no Plan column to hold the total of ${p.total}; if it matters, put it in the Note.`,
          }
        : p.plan === "empty"
          ? {
              vi: `Kế hoạch của dòng đang trống: nếu ${p.total} là kế hoạch, hãy tự nhập vào ô ${p.planCell}; chitieu không tự điền.`,
              en: `The row's plan is empty: if ${p.total} is the target, enter it in ${p.planCell} yourself; chitieu does not fill it in.`,
            }
          : { vi: "", en: "" };
    return {
      vi:
        `${where(p).vi}: "${p.typed}" được đọc là ${p.done} trên tổng số ${p.total}, tính với ${what.vi}. ` +
        `${fix.vi}${total.vi === "" ? "" : ` ${total.vi}`}`,
      en:
        `${where(p).en}: "${p.typed}" was read as ${p.done} out of ${p.total}, and computed as ${what.en}. ` +
        `${fix.en}${total.en === "" ? "" : ` ${total.en}`}`,
    };
  },

  date_in_figure_cell: (p) => {
    const order: Text =
      p.order === "dm" ? { vi: "ngày/tháng", en: "day/month" } : { vi: "tháng/ngày", en: "month/day" };
    const what: Text =
      p.kind === "date"
        ? { vi: `ngày ${p.shown}`, en: `the date ${p.shown}` }
        : p.shown === ""
          ? { vi: "giờ", en: "a time" }
          : { vi: `giờ ${p.shown}`, en: `the time ${p.shown}` };
    const shownAs: Text =
      p.kind !== "date"
        ? { vi: "", en: "" }
        : p.from === "format"
          ? {
              vi: ` (${order.vi}, theo định dạng của ô)`,
              en: ` (${order.en}, as the cell's format shows it)`,
            }
          : {
              vi: ` (đọc theo ${order.vi} của quy ước số đang dùng, vì định dạng ngày của ô không cho biết thứ tự đã gõ)`,
              en: ` (read as ${order.en}, the number convention in use, since the cell's date format does not show the order it was typed in)`,
            };
    const head: Text = {
      vi: `${where(p).vi} chứa ${what.vi}${shownAs.vi}, không phải số`,
      en: `${where(p).en} holds ${what.en}${shownAs.en}, not a number`,
    };
    if (p.done === "") {
      return {
        vi: `${head.vi}: Excel đã đổi số liệu được gõ thành ngày giờ. Hãy gõ lại số liệu, hoặc đổi định dạng ô về Số.`,
        en: `${head.en}: Excel turned what was typed into a date or time. Type the figure again, or set the cell's format to Number.`,
      };
    }
    const typed = `${p.done}/${p.total}`;
    const fix: Text =
      p.fixable === 1
        ? { vi: ` Bấm Sửa để ghi số ${p.done}.`, en: ` Click Fix to write the number ${p.done}.` }
        : p.formula === 1
          ? {
              vi: " Ô có công thức nên chitieu không ghi đè.",
              en: " The cell holds a formula, so chitieu will not overwrite it.",
            }
          : { vi: "", en: "" };
    return {
      vi:
        `${head.vi}: có thể bạn đã gõ phân số ${typed} và Excel đã đổi thành ngày. ` +
        `Hãy gõ số đã thực hiện (${p.done}), hoặc gõ '${typed} để giữ dạng phân số.${fix.vi}`,
      en:
        `${head.en}: you may have typed the fraction ${typed} and Excel turned it into a date. ` +
        `Type the number done (${p.done}), or type '${typed} to keep it as a fraction.${fix.en}`,
    };
  },

  ambiguous_separator: (p) => ({
    vi:
      `${where(p).vi}: "${p.typed}" có hai cách hiểu: ${p.decimalReading} (dấu "${p.mark}" là dấu thập phân) ` +
      `hoặc ${p.groupedReading} (dấu "${p.mark}" ngăn cách hàng nghìn). ` +
      `Hãy gõ lại thành số: ${p.plain} nếu là ${p.groupedReading}, hoặc số có phần thập phân ` +
      `bằng dấu thập phân của Excel, để khỏi phải đoán.`,
    en:
      `${where(p).en}: "${p.typed}" can be read two ways: ${p.decimalReading} ("${p.mark}" as the decimal mark) ` +
      `or ${p.groupedReading} ("${p.mark}" separating thousands). ` +
      `Retype it as a number: ${p.plain} if it is ${p.groupedReading}, or the decimal with Excel's ` +
      `own decimal mark, so nothing has to be guessed.`,
  }),

  percent_in_unit_row: (p) => ({
    vi:
      `${where(p).vi}: "${p.typed}" là một tỷ lệ phần trăm, nhưng đơn vị tính của dòng là "${p.unit}", ` +
      `nên không dùng được. Hãy nhập số theo "${p.unit}", hoặc sửa đơn vị tính thành "%".`,
    en:
      `${where(p).en}: "${p.typed}" is a percentage, but the row's unit is "${p.unit}", ` +
      `so it is not used. Enter the figure in "${p.unit}", or change the unit to "%".`,
  }),

  not_a_number: (p) =>
    p.expect === "yesno"
      ? {
          vi:
            `${where(p).vi}: chỉ tiêu này chỉ đánh giá đạt hay không đạt, ` +
            `hãy ghi "Hoàn thành" hoặc "Không đạt".`,
          en:
            `${where(p).en}: this indicator is only judged done or not done; ` +
            `write "Hoàn thành" (done) or "Không đạt" (not done).`,
        }
      : {
          vi:
            `${where(p).vi}: nội dung không phải là số nên không tính được. ` +
            `Hãy nhập một số, ví dụ ${p.example}, hoặc để trống nếu chưa có số liệu.`,
          en:
            `${where(p).en}: this is not a number, so nothing can be calculated from it. ` +
            `Enter a number such as ${p.example}, or leave the cell empty if there is no figure yet.`,
        },

  unreadable_target: (p) => ({
    vi:
      `${where(p).vi}: không đọc được chỉ tiêu kế hoạch nên không đánh giá được. Hãy ghi một số (150), ` +
      `một khoảng (6,6 - 6,8), một giới hạn (dưới 4, không quá 4, ít nhất 30), "khoảng 4", ` +
      `"giảm 5% so với cùng kỳ", "100%" hoặc "hoàn thành".`,
    en:
      `${where(p).en}: the plan cannot be read, so the row cannot be judged. Write a number (150), ` +
      `a range (6.6 - 6.8), a limit (below 4, at most 4, at least 30), "about 4", ` +
      `"decrease 5% vs prior year", "100%" or "complete".`,
  }),

  unknown_kind: (p) => ({
    vi:
      `${where(p).vi}: không hiểu loại chỉ tiêu này nên tạm coi là "${label(KIND_LABELS, p.inferred).vi}". ` +
      `Hãy ghi một trong: Số lượng, Tỷ lệ, Tăng trưởng, Cơ cấu, Đạt/không.`,
    en:
      `${where(p).en}: this kind is not one we know, so it is taken as ${label(KIND_LABELS, p.inferred).en}. ` +
      `Write one of: Số lượng (quantity), Tỷ lệ (rate), Tăng trưởng (growth), Cơ cấu (structure), ` +
      `Đạt/không (yes/no).`,
  }),

  unknown_direction: (p) => ({
    vi:
      `${where(p).vi}: không hiểu chiều đánh giá nên tạm coi là "${label(DIRECTION_LABELS, p.inferred).vi}". ` +
      `Hãy ghi "Tăng" (tăng là tốt) hoặc "Giảm" (giảm là tốt, như số vụ tai nạn giao thông).`,
    en:
      `${where(p).en}: this direction is not one we know, so it is taken as ` +
      `${label(DIRECTION_LABELS, p.inferred).en}. Write "Tăng" (higher is better) or "Giảm" ` +
      `(lower is better, as for traffic accidents).`,
  }),

  implausible_number: (p) =>
    p.digits !== undefined
      ? {
          vi:
            `${where(p).vi}: "${p.typed}" có ${p.digits} chữ số có nghĩa, nhiều hơn 15 chữ số Excel giữ được, ` +
            `nên không phải số đã gõ và không được dùng để tính. Có thể đã dán nhầm; hãy nhập lại số đúng.`,
          en:
            `${where(p).en}: "${p.typed}" has ${p.digits} significant digits, more than the 15 Excel keeps, ` +
            `so it is not the figure typed and is left out of every calculation. It may be a stray paste; enter the right figure.`,
        }
      : {
          vi:
            `${where(p).vi}: "${p.typed}" quá lớn để là số liệu tính bằng "${p.unit || "đơn vị của dòng"}" ` +
            `(từ ${p.limit} trở lên), nên không được dùng để tính. Kiểm tra lại số và đơn vị tính.`,
          en:
            `${where(p).en}: "${p.typed}" is too large to be a figure in "${p.unit || "the row's unit"}" ` +
            `(${p.limit} or more), so it is left out of every calculation. Check the figure and the unit.`,
        },

  total_row: (p) => ({
    vi:
      `Dòng ${p.row} "${p.name}" được đọc là dòng tổng (${p.rows} dòng phía trên cộng lại bằng số của nó): ` +
      `không tính là một chỉ tiêu trong "Đạt và vượt".`,
    en:
      `Row ${p.row} "${p.name}" is read as a total row (the ${p.rows} rows above it add up to its figures): ` +
      `it is not counted as a target in the summary.`,
  }),
  total_row_mismatch: (p) => {
    const label = columnLabel(p.column);
    return {
      vi:
        `Dòng ${p.row} "${p.name}" được đọc là dòng tổng theo tên của nó, không tính là một chỉ tiêu; nhưng ` +
        `${label.vi} của nó (${p.typed}) khác tổng các dòng phía trên (${p.sum}). Kiểm tra lại số liệu ` +
        `hoặc các dòng được cộng.`,
      en:
        `Row ${p.row} "${p.name}" is read as a total row by its label and not counted as a target; but its ` +
        `${label.en} (${p.typed}) differs from the sum of the rows above (${p.sum}). Check the figures or ` +
        `which rows are added.`,
    };
  },
  hidden_column_ignored: (p) => {
    const label = columnLabel(p.column);
    return {
      vi:
        `Cột ${p.hidden} ("${p.hiddenHeader}") đang bị ẩn; cột ${p.used} ("${p.usedHeader}") đang hiện cũng là ` +
        `cột ${label.vi}, nên cột ${p.used} được đọc và cột ẩn ${p.hidden} bị bỏ qua.`,
      en:
        `Column ${p.hidden} ("${p.hiddenHeader}") is hidden; the visible column ${p.used} ("${p.usedHeader}") ` +
        `is also the ${label.en} column, so column ${p.used} is read and the hidden column ${p.hidden} is left out.`,
    };
  },
  hidden_column_read: (p) => {
    const label = columnLabel(p.column);
    return {
      vi: `Cột ${p.hidden} ("${p.hiddenHeader}") đang bị ẩn nhưng là cột ${label.vi} duy nhất, nên vẫn được đọc.`,
      en: `Column ${p.hidden} ("${p.hiddenHeader}") is hidden but is the only ${label.en} column, so it is read.`,
    };
  },
  duplicate_header: (p) => {
    const label = columnLabel(p.column);
    return {
      vi:
        `Ô ${p.cell}: tiêu đề "${p.header}" là cột ${label.vi} lần thứ hai; ô ${p.first} ("${p.firstHeader}") ` +
        `đã là cột ${label.vi}. Chỉ cột ${p.used} được đọc, số liệu ở cột ${p.unused} bị bỏ qua. ` +
        `Đổi tên hoặc xóa một trong hai cột.`,
      en:
        `Cell ${p.cell}: the header "${p.header}" is a second ${label.en} column; cell ${p.first} ` +
        `("${p.firstHeader}") is already the ${label.en} column. Only column ${p.used} is read; the figures ` +
        `in column ${p.unused} are left out. Rename or delete one of the two columns.`,
    };
  },

  table_not_found: (p) => ({
    vi:
      `Không tìm thấy bảng chỉ tiêu trong ${p.rows ?? 30} dòng đầu của trang tính. Bảng cần một dòng tiêu đề ` +
      `có cột "Chỉ tiêu" và cột "Kế hoạch" hoặc "Thực hiện".`,
    en:
      `No indicator table was found in the first ${p.rows ?? 30} rows of the sheet. The table needs a header row ` +
      `with an indicator column ("Chỉ tiêu") and a plan ("Kế hoạch") or actual ("Thực hiện") column.`,
  }),
};
