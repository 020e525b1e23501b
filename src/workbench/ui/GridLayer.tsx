/**
 * Paints a window of cells (rows × cols) of one sheet: gridlines, fills and borders, merged
 * areas, text (spilling into empty neighbours like Excel) and note markers.
 */
import * as React from "react";
import type { CellView, Rect, SheetState, WorkbookState } from "../state";
import { borderStyle, hasBorders, horizontal, textStyle } from "./cell-style";

export interface LayerProps {
  state: WorkbookState;
  sheet: SheetState;
  rows: [number, number];
  cols: [number, number];
  rowStarts: readonly number[];
  colStarts: readonly number[];
  /** Pixels subtracted from row offsets (the frozen rows' height in the scrolling body). */
  yOrigin: number;
  /** The selected cells: their gridcells say aria-selected, as a screen reader expects. */
  selection?: Rect | null;
}

interface Placed {
  cell: CellView;
  x: number;
  y: number;
  w: number;
  h: number;
}

const GRIDLINE = "#e1e1e1";

export function GridLayer(props: LayerProps): React.ReactElement {
  const { state, sheet, rows, cols, rowStarts, colStarts, yOrigin, selection } = props;
  const isSelected = (r: number, c: number): boolean =>
    !!selection && r >= selection.top && r <= selection.bottom && c >= selection.left && c <= selection.right;
  const [r0, r1] = rows;
  const [c0, c1] = cols;
  const X = (c: number) => colStarts[c] ?? 0;
  const Y = (r: number) => (rowStarts[r] ?? 0) - yOrigin;

  const window: Rect = { top: r0, bottom: r1, left: c0, right: c1 };
  const merges = sheet.merges.filter((m) => m.top <= r1 && m.bottom >= r0 && m.left <= c1 && m.right >= c0);
  const covered = (r: number, c: number) =>
    merges.some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);

  const placed: Placed[] = merges.map((m) => ({
    cell: state.cell(sheet.id, m.top, m.left),
    x: X(m.left),
    y: Y(m.top),
    w: X(m.right + 1) - X(m.left),
    h: Y(m.bottom + 1) - Y(m.top),
  }));
  const texts = new Map<number, React.ReactElement[]>();
  for (let r = r0; r <= r1; r++) {
    for (let c = c0; c <= c1; c++) {
      if (covered(r, c)) continue;
      const record = sheet.cells.get(`${r},${c}`);
      if (!record) continue;
      placed.push({
        cell: state.cell(sheet.id, r, c),
        x: X(c),
        y: Y(r),
        w: X(c + 1) - X(c),
        h: Y(r + 1) - Y(r),
      });
    }
  }

  const boxes: React.ReactElement[] = [];
  const markers: React.ReactElement[] = [];
  for (const p of placed) {
    const { cell } = p;
    const isMerge = covered(cell.row, cell.col);
    if (cell.displayFormat.fill || hasBorders(cell) || isMerge) {
      // Left and top borders overlap the neighbour's right and bottom ones, so a shared edge is one line.
      const dx = cell.borders.EdgeLeft ? 1 : 0;
      const dy = cell.borders.EdgeTop ? 1 : 0;
      boxes.push(
        <div
          key={`b${cell.row},${cell.col}`}
          className="wb-cell"
          data-box={`${cell.row},${cell.col}`}
          style={{
            left: p.x - dx,
            top: p.y - dy,
            width: p.w + dx,
            height: p.h + dy,
            background: cell.displayFormat.fill ?? "#fff",
            // A merged area without a fill still hides the gridlines inside it, as in Excel.
            borderRight:
              isMerge && !cell.displayFormat.fill && sheet.showGridlines
                ? `1px solid ${GRIDLINE}`
                : undefined,
            borderBottom:
              isMerge && !cell.displayFormat.fill && sheet.showGridlines
                ? `1px solid ${GRIDLINE}`
                : undefined,
            ...borderStyle(cell),
          }}
        />,
      );
    }
    if (cell.text !== "") {
      const spill = isMerge ? p.w : spillWidth(state, sheet, cell, p.w, colStarts, c1, covered);
      const line = texts.get(cell.row) ?? [];
      texts.set(cell.row, line);
      line.push(
        <div
          key={`t${cell.row},${cell.col}`}
          role="gridcell"
          aria-colindex={cell.col + 1}
          aria-selected={isSelected(cell.row, cell.col)}
          className={cell.displayFormat.wrap ? "wb-text wrap" : "wb-text"}
          data-cell={`${cell.row},${cell.col}`}
          style={{
            left: p.x,
            top: p.y,
            width: spill,
            height: p.h - 1,
            background: spill > p.w && !cell.displayFormat.fill ? "#fff" : undefined,
            ...textStyle(cell),
          }}
        >
          {cell.text}
        </div>,
      );
    }
    if (cell.note) {
      markers.push(
        <div
          key={`n${cell.row},${cell.col}`}
          className="wb-note"
          style={{ left: p.x + p.w - 7, top: p.y }}
        />,
      );
    }
  }

  return (
    <>
      {sheet.showGridlines && <Gridlines window={window} X={X} Y={Y} />}
      {boxes}
      {[...texts].map(([row, cells]) => (
        // Rows for screen readers (ARIA grid: row › gridcell); the cells place themselves.
        <div key={`r${row}`} role="row" aria-rowindex={row + 1} style={{ display: "contents" }}>
          {cells}
        </div>
      ))}
      {markers}
    </>
  );
}

/** Left-aligned text that is too wide runs over empty cells to its right, as in Excel. */
function spillWidth(
  state: WorkbookState,
  sheet: SheetState,
  cell: CellView,
  own: number,
  colStarts: readonly number[],
  lastCol: number,
  covered: (r: number, c: number) => boolean,
): number {
  if (cell.displayFormat.wrap || typeof cell.value !== "string" || horizontal(cell) !== "Left") return own;
  const needed = cell.text.length * cell.displayFormat.fontSize * 0.75 + 8;
  let width = own;
  for (let c = cell.col + 1; c <= lastCol && width < needed; c++) {
    if (covered(cell.row, c) || state.value(sheet.id, cell.row, c) !== null) break;
    width = (colStarts[c + 1] ?? 0) - (colStarts[cell.col] ?? 0);
  }
  return width;
}

function Gridlines(props: { window: Rect; X: (c: number) => number; Y: (r: number) => number }) {
  const { window: w, X, Y } = props;
  const lines: React.ReactElement[] = [];
  const left = X(w.left);
  const right = X(w.right + 1);
  const top = Y(w.top);
  const bottom = Y(w.bottom + 1);
  for (let r = w.top; r <= w.bottom; r++) {
    lines.push(
      <div
        key={`h${r}`}
        className="wb-cell"
        style={{ left, top: Y(r + 1) - 1, width: right - left, height: 1, background: GRIDLINE }}
      />,
    );
  }
  for (let c = w.left; c <= w.right; c++) {
    lines.push(
      <div
        key={`v${c}`}
        className="wb-cell"
        style={{ left: X(c + 1) - 1, top, width: 1, height: bottom - top, background: GRIDLINE }}
      />,
    );
  }
  return <>{lines}</>;
}
