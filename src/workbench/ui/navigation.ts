/** Moving the active cell with Enter, Tab and the arrows, stepping over merged areas. */
import type { Rect, WorkbookState } from "../state";

export type Direction = "up" | "down" | "left" | "right";

/** The rectangle to select for a click on (row, col): the merged area when there is one. */
export function cellRect(state: WorkbookState, sheetId: string, row: number, col: number): Rect {
  return state.mergeAt(sheetId, row, col) ?? { top: row, left: col, bottom: row, right: col };
}

/** Where the active cell goes from `from` (its merged area, if any) one step in `dir`. */
export function step(state: WorkbookState, sheetId: string, from: Rect, dir: Direction): Rect {
  let row = from.top;
  let col = from.left;
  if (dir === "down") row = from.bottom + 1;
  if (dir === "up") row = Math.max(0, from.top - 1);
  if (dir === "right") col = from.right + 1;
  if (dir === "left") col = Math.max(0, from.left - 1);
  return cellRect(state, sheetId, row, col);
}
