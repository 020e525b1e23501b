import type { FindingCode, Text } from "../model";
import type { MessageParams, MessageTemplate } from "./index";

/** Messages for why a computed value is "—" (owned by compute.ts). */

function where(p: MessageParams): Text {
  if (p.cell !== undefined) return { vi: ` (ô ${p.cell})`, en: ` (cell ${p.cell})` };
  if (p.row !== undefined) return { vi: ` (dòng ${p.row})`, en: ` (row ${p.row})` };
  return { vi: "", en: "" };
}

function named(p: MessageParams): Text {
  return p.name ? { vi: ` của "${p.name}"`, en: ` for "${p.name}"` } : { vi: "", en: "" };
}

export const COMPUTE_MESSAGES: Partial<Record<FindingCode, MessageTemplate>> = {
  no_plan_base: (p) => {
    const w = where(p);
    const n = named(p);
    const stretch = p.base === "stretch";
    const pct: Text = stretch
      ? { vi: "% Phấn đấu", en: "% of the stretch target" }
      : { vi: "% KH", en: "% of plan" };
    const col: Text = stretch
      ? { vi: "Phấn đấu", en: "the stretch target" }
      : { vi: "Kế hoạch", en: "the plan" };
    const zero = p.case === "zero";
    return {
      vi: `Không tính được ${pct.vi}${n.vi}: ${col.vi} ${zero ? "bằng 0" : "trống"}${w.vi}.`,
      en: `${pct.en}${n.en} cannot be computed: ${col.en} is ${zero ? "zero" : "empty"}${w.en}.`,
    };
  },
  no_prior_base: (p) => {
    const w = where(p);
    const n = named(p);
    if (p.case === "negative") {
      return {
        vi: `Không tính % CK${n.vi} vì Cùng kỳ là số âm${w.vi}; tăng/giảm được tính trên giá trị tuyệt đối của Cùng kỳ.`,
        en: `No % of prior year${n.en}: the prior-year figure is negative${w.en}; the change is computed against its absolute value.`,
      };
    }
    const zero = p.case === "zero";
    return {
      vi: `Không tính được % CK và tăng/giảm${n.vi}: Cùng kỳ ${zero ? "bằng 0" : "trống"}${w.vi}.`,
      en: `% of prior year and change${n.en} cannot be computed: the prior-year figure is ${zero ? "zero" : "empty"}${w.en}.`,
    };
  },
  share_off_plan: (p) => {
    const higher = p.side === "higher";
    return {
      vi:
        `Tỷ trọng "${p.name}" là ${p.actual}%, ${higher ? "cao" : "thấp"} hơn cơ cấu kế hoạch ${p.plan}% ` +
        `${p.gap} điểm %, lệch quá ${p.tolerance} điểm % cho phép. Cơ cấu là phần của một tổng nên ` +
        `cao hơn hay thấp hơn đều là chưa đạt cơ cấu đã đặt. Nếu tỷ trọng này càng ${higher ? "cao" : "thấp"} ` +
        `càng tốt, ghi "${higher ? "Tăng" : "Giảm"}" vào cột Chiều.`,
      en:
        `The share "${p.name}" is ${p.actual}%, ${p.gap} points ${higher ? "above" : "below"} the planned ` +
        `structure of ${p.plan}%, more than the ${p.tolerance} points allowed. Shares are parts of one ` +
        `whole, so above or below is the planned structure not reached. If a ${higher ? "higher" : "lower"} ` +
        `share is better here, write "${higher ? "Tăng" : "Giảm"}" in the Chiều (direction) column.`,
    };
  },
  relative_needs_prior: (p) => {
    const w = where(p);
    const n = named(p);
    return {
      vi: `Kế hoạch${n.vi} tính theo Cùng kỳ nhưng Cùng kỳ trống${w.vi}: chưa tính được kế hoạch và chưa đánh giá được.`,
      en: `The plan${n.en} is set relative to the prior year, but the prior-year figure is empty${w.en}: the plan and the verdict cannot be worked out.`,
    };
  },
};
