/** How one cell view maps to CSS: alignment, font, borders, as Excel paints them. */
import type * as React from "react";
import type { BorderEdge, BorderState, CellView } from "../state";
import { FONT_STACK } from "./styles";

const JUSTIFY: Record<string, string> = { Left: "flex-start", Center: "center", Right: "flex-end" };
const ALIGN: Record<string, string> = { Top: "flex-start", Center: "center", Bottom: "flex-end" };

/** Excel's General alignment: numbers right, booleans and errors centred, text left. */
export function horizontal(cell: CellView): "Left" | "Center" | "Right" {
  const h = cell.displayFormat.hAlign;
  if (h === "Left" || h === "Right") return h;
  if (h === "Center" || h === "CenterAcrossSelection" || h === "Distributed") return "Center";
  if (typeof cell.value === "number") return "Right";
  if (
    typeof cell.value === "boolean" ||
    (typeof cell.value === "string" && cell.value.startsWith("#") && cell.isFormula)
  ) {
    return "Center";
  }
  return "Left";
}

export function textStyle(cell: CellView): React.CSSProperties {
  const f = cell.displayFormat;
  return {
    justifyContent: JUSTIFY[horizontal(cell)],
    alignItems: ALIGN[f.vAlign] ?? "flex-end",
    textAlign: horizontal(cell).toLowerCase() as "left" | "center" | "right",
    color: f.fontColor,
    fontWeight: f.bold ? 700 : 400,
    fontStyle: f.italic ? "italic" : "normal",
    fontSize: `${Math.round(f.fontSize * (4 / 3) * 10) / 10}px`,
    fontFamily: `${f.fontName === "Calibri" ? "Calibri, Carlito" : `'${f.fontName}'`}, ${FONT_STACK}`,
  };
}

const EDGE_CSS: Partial<Record<BorderEdge, "borderTop" | "borderBottom" | "borderLeft" | "borderRight">> = {
  EdgeTop: "borderTop",
  EdgeBottom: "borderBottom",
  EdgeLeft: "borderLeft",
  EdgeRight: "borderRight",
};

function borderCss(b: BorderState): string | null {
  if (b.style === "None") return null;
  const width = b.weight === "Thick" ? 3 : b.weight === "Medium" ? 2 : 1;
  const style =
    b.style === "Dash" || b.style === "DashDot"
      ? "dashed"
      : b.style === "Dot"
        ? "dotted"
        : b.style === "Double"
          ? "double"
          : "solid";
  return `${b.style === "Double" ? 3 : width}px ${style} ${b.color || "#000"}`;
}

/** The cell's own borders (only edges that were set), as CSS. */
export function borderStyle(cell: CellView): React.CSSProperties {
  const out: React.CSSProperties = {};
  for (const [edge, b] of Object.entries(cell.borders) as [BorderEdge, BorderState][]) {
    const prop = EDGE_CSS[edge];
    const css = borderCss(b);
    if (prop && css) out[prop] = css;
  }
  return out;
}

export function hasBorders(cell: CellView): boolean {
  return Object.keys(cell.borders).length > 0;
}
