/**
 * The one place for colours: what each cell style, each finding severity and each verdict looks
 * like, in the sheet and in charts. Adapters (Excel, xlsx) map these to their own calls.
 */
import type { CellStyle, Severity, Verdict } from "./model";
import { VERDICT_COLOURS } from "./plan";

export interface CellLook {
  /** "#RRGGBB", or null for no fill. */
  fill: string | null;
  font: string;
  bold: boolean;
  italic: boolean;
  /** Points; null keeps the cell's size. */
  size: number | null;
  wrap: boolean;
  hAlign: "General" | "Left" | "Center" | "Right";
  /** Row height in points for rows carrying this style; null keeps the sheet's default. */
  rowHeight: number | null;
}

const PLAIN: CellLook = {
  fill: null,
  font: "#000000",
  bold: false,
  italic: false,
  size: null,
  wrap: false,
  hAlign: "General",
  rowHeight: null,
};

export const STYLE_LOOKS: Record<CellStyle, CellLook> = {
  title: { ...PLAIN, bold: true, size: 14, hAlign: "Center", font: "#1F3864", rowHeight: 22 },
  subtitle: { ...PLAIN, italic: true, hAlign: "Center" },
  // Two lines tall: "Kế hoạch năm 2021" wraps in a column sized for figures.
  header: {
    ...PLAIN,
    fill: "#D9E1F2",
    font: "#1F3864",
    bold: true,
    wrap: true,
    hAlign: "Center",
    rowHeight: 32,
  },
  group: { ...PLAIN, fill: "#EDEDED", bold: true },
  input: PLAIN,
  computed: { ...PLAIN, fill: "#F2F2F2", hAlign: "Right" },
  summary: { ...PLAIN, bold: true, font: "#1F3864" },
  note: { ...PLAIN, italic: true, font: "#595959" },
};

/**
 * Fills that mark a finding's cell. Chosen apart from the user's usual highlight colours
 * (#FFFF00 yellow…) so that "is this fill still ours?" has a clear answer.
 */
export const SEVERITY_FILLS: Record<Severity, string> = {
  error: "#F4B084",
  warning: "#FFE699",
  info: "#BDD7EE",
};

/** Verdict colours in the sheet (conditional formats): fill and font. */
export const SHEET_VERDICT_COLOURS = VERDICT_COLOURS;

/** Verdict colours in charts: strong enough to read as bars. */
export const CHART_VERDICT_COLOURS: Record<
  Exclude<Verdict, "chua_co_so_lieu" | "khong_giao_ke_hoach">,
  string
> = {
  vuot: "#1E7B34",
  dat: "#70AD47",
  co_ban_dat: "#FFC000",
  khong_dat: "#C00000",
  dung_tien_do: "#9BC2E6",
  cham_tien_do: "#ED7D31",
};

/** Plan vs actual vs prior year: plan is an outline, actual solid, prior year grey. */
export const CHART_SERIES_COLOURS = {
  plan: "#1F4E79",
  actual: "#2E75B6",
  prior: "#A5A5A5",
  hundredLine: "#C00000",
  /** The plan's light fill when it is not drawn as an outline (PLAN_STYLE "lightFill" in charts.ts). */
  planLight: "#DDEBF7",
  /** A term's path: the projection to the term's end, and the target line. */
  projection: "#ED7D31",
  termTarget: "#C00000",
} as const;
