/**
 * How each CellStyle looks in an xlsx the CLI writes: the colours of core's one palette
 * (STYLE_LOOKS), plus what only a printed file needs (a font, thin borders round the table).
 */
import type { CellStyle } from "../core/model";
import { STYLE_LOOKS } from "../core/palette";

export interface XlsxLook {
  /** ARGB, as ExcelJS wants it; null for no fill. */
  fill: string | null;
  font: string;
  bold: boolean;
  italic: boolean;
  size: number;
  border: boolean;
  wrap: boolean;
  align: "left" | "center" | "right" | null;
  rowHeight: number | null;
}

const DEFAULT_SIZE = 12;
const BORDERED: ReadonlySet<CellStyle> = new Set(["header", "group", "input", "computed"]);

export function argb(hex: string): string {
  const h = hex.replace(/^#/, "").toUpperCase();
  return h.length === 6 ? `FF${h}` : h;
}

export function xlsxLook(style: CellStyle): XlsxLook {
  const look = STYLE_LOOKS[style];
  const align = look.hAlign === "General" ? null : (look.hAlign.toLowerCase() as "left" | "center" | "right");
  return {
    fill: look.fill === null ? null : argb(look.fill),
    font: argb(look.font),
    bold: look.bold,
    italic: look.italic,
    size: look.size ?? DEFAULT_SIZE,
    border: BORDERED.has(style),
    wrap: look.wrap,
    align,
    rowHeight: look.rowHeight,
  };
}
