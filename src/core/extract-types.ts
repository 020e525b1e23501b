/**
 * What extraction hands out: a proposed indicator row, how sure it is and why not, and the options
 * a caller passes. Public through `./extract`; the parts of the extractor share these types.
 */
import type { Direction, IndicatorKind } from "./model";

export interface Proposal {
  name: string;
  /** Thực hiện, in `unit` (scale words applied where the unit does not carry them). */
  actual: number | null;
  unit: string;
  /** True when a scale word was multiplied in ("1,39 triệu tấn" → 1 390 000 tấn). */
  scaleApplied: boolean;
  /** "đạt X% kế hoạch / dự toán / KH". */
  pctPlan: number | null;
  /** "bằng X% (so với) cùng kỳ". */
  pctPrior: number | null;
  /** "tăng X% / giảm X% so với cùng kỳ": signed. */
  changePct: number | null;
  direction: Direction | null;
  /** "ước": the figure is an estimate. */
  estimate: boolean;
  /** The plan as a Kế hoạch cell would hold it ("7,6%", "giảm 5% so với năm 2019", "42"). */
  planText: string | null;
  /** The plan figure in `unit`, when the plan is a plain figure. */
  plan: number | null;
  /** "chỉ tiêu địa phương phấn đấu 5.000 tỷ đồng": the Phấn đấu figure. */
  stretch: number | null;
  /** "9/14 xã", "25/42 công trình": the whole the figure is counted out of (14, 42). */
  total: number | null;
  kind: IndicatorKind;
  /** "121,729" in vi: read as 121,729 but could be 121 729; the pane asks. */
  ambiguous: { alternative: number } | null;
  /**
   * "chac" (sure) or "khong_chac" with the reasons: the pane pre-ticks only sure proposals and
   * leaves the others for the user to decide.
   */
  confidence: Confidence;
  source: { start: number; end: number };
}

/**
 * Why the extractor doubts a proposal:
 * - `ten_bat_dau_bang_dong_tu`: the name starts with a verb, a hedge or a place ("Nâng tổng số lên",
 *   "Vượt", "Ở khu vực nông thôn", "Cao hơn vụ trước").
 * - `ten_qua_ngan`: the name is one word ("Xã"), or two for money ("Giải ngân 138,4 tỷ đồng").
 * - `ten_chung_chung`: the name is a generic word or the unit itself ("Kinh phí", "Đảng viên"), or a
 *   verb before a unit that says only "cases" or "times" ("Khai trừ trường hợp").
 * - `ten_qua_dai`: a name of more than 20 words took in the lead-in of the sentence.
 * - `so_doc_hai_cach`: the figure reads two ways ("121,729").
 * - `ty_le_hay_pct_ke_hoach`: "…, đạt 95,1%" after a count, read as its rate though it may be its % KH.
 * - `don_vi_theo_hinh_thuc`: the unit was read by its shape (the noun after the figure), not found
 *   among the units the extractor knows, and no counting verb leads the name.
 * - `ten_ghep_tu_menh_de_khac`: the name was completed from another clause ("Lao động" + what the
 *   figure before it counts).
 * - `ten_bi_cat`: the name ends with a word that needs more after it ("Số doanh nghiệp và", "Phủ
 *   sóng 4G đến"), or is cut through a bracket or a sentence ("Số vụ về đất đai)", ". Đợt mưa lũ").
 * - `cau_tuong_thuat_su_kien`: the sentence narrates an event or tells news ("dự lễ khai giảng",
 *   "đến thăm, tặng quà", "Ông Trần Văn B …"), whose counts are who came or what happened once.
 * - `ten_la_ke_hoach`: a result named "kế hoạch …" or "dự toán …" may be the plan of the next figure
 *   ("Tổng kế hoạch vốn … là 684,3 tỷ đồng; đã giải ngân 651,8 tỷ đồng").
 * - `thi_theo_mo_hinh`: the learnt tense model (extract-tense-learnt.ts) read the figure as a result
 *   where the rules read a target, or the other way round.
 * - `ket_qua_dang_gioi_han`: a result in a clause that sets a limit or a range ("đạt 8,2% trở lên",
 *   "giảm 1 - 1,5%"), which targets do; something else (a result word) read it as a result.
 *
 * Weak cues, each common in right proposals: a proposal is doubted only when two of them agree
 * (then all are given as its reasons).
 * - `thi_doan`: the sentence says neither result nor target, in a paragraph that holds both; its
 *   tense was carried from the sentence before.
 * - `ten_la_viec_lam`: the name starts with what was done ("Khám, chữa bệnh", "Hỗ trợ xây mới").
 * - `ty_le_khong_ro_goc`: a percentage whose name does not say what it is a share of ("Dân số").
 * - `ten_dai`: a name of more than 14 words.
 */
export type DoubtReason =
  | "ten_bat_dau_bang_dong_tu"
  | "ten_qua_ngan"
  | "ten_chung_chung"
  | "ten_qua_dai"
  | "so_doc_hai_cach"
  | "ty_le_hay_pct_ke_hoach"
  | "don_vi_theo_hinh_thuc"
  | "ten_ghep_tu_menh_de_khac"
  | "ten_la_ke_hoach"
  | "cau_tuong_thuat_su_kien"
  | "ten_bi_cat"
  | "thi_doan"
  | "ten_la_viec_lam"
  | "ty_le_khong_ro_goc"
  | "ten_dai"
  /** "yêu cầu các sở, ngành … hoàn thành trước ngày 15/01/2027; thành lập 03 tổ công tác": a task ordered, not a result. */
  | "cau_chi_dao"
  /** The learnt tense model overrode the rules' result / target. */
  | "thi_theo_mo_hinh"
  /** A result whose clause sets a limit or a range ("đạt 8,2% trở lên", "giảm 1 - 1,5%"): a target's shape. */
  | "ket_qua_dang_gioi_han";

export type Confidence =
  { level: "chac" } | { level: "khong_chac"; reasons: readonly [DoubtReason, ...DoubtReason[]] };

/** "auto": plan or actual from headings and cue words; the pane may force either. */
export type ExtractMode = "auto" | "actual" | "plan";

export interface ExtractOptions {
  mode?: ExtractMode;
  /** "rules": the rules' names only (what the name model is trained on); default: the learnt chooser. */
  names?: "rules" | "learnt";
  /** "rules": the rules' tense only (what the tense model is trained on); default: the learnt model's flips. */
  tense?: "rules" | "learnt";
}
