/** direction_inferred: the table did not say which way is better, and the name's words decided. */
import type { CellRef, Finding, Fix, IndicatorRow } from "../model";
import { directionFromName } from "../direction";
import { lazyText } from "../messages/index";
import { toA1 } from "../a1";
import { NO_FINDINGS, rowFinding } from "./finding";

/** Where a new Chiều column goes when the table has none: right of its last header, on the header row. */
export interface NewDirectionColumn {
  col: number;
  headerRow: number;
}

/** The words a fix writes, as the templates and the merged sheet write them. */
export const DIRECTION_WORDS = { up: "Tăng", down: "Giảm" } as const;

/**
 * One warning per row whose direction came from its name, with a fix that writes the direction into
 * the Chiều cell (or a new Chiều column) on the user's word. Only where the direction changes the
 * verdict: a value, "khoảng" or range target. Limits and relative targets carry their own.
 */
export function directionInferred(
  row: IndicatorRow,
  newColumn: NewDirectionColumn | null,
): readonly Finding[] {
  if (row.directionFrom !== "name" || row.kind === "yesno") return NO_FINDINGS;
  const t = row.target;
  if (t === null || (t.kind !== "value" && t.kind !== "approx" && t.kind !== "range")) return NO_FINDINGS;
  const guess = directionFromName(row.name, row.unit, row.raw.plan ?? null);
  if (guess === null) return NO_FINDINGS;
  const word = DIRECTION_WORDS[row.direction];
  const own = row.cells.direction;
  let fix: Fix | null = null;
  if (own !== undefined) {
    fix = lazyText({ cell: own, value: word } as Fix, "description", () => ({
      // Every view puts the cell's address beside the description ("Sửa ô G2: …"): not said again.
      vi: `Ghi "${word}" vào cột Chiều`,
      en: `Write "${word}" in the Chiều column`,
    }));
  } else if (newColumn !== null) {
    const cell: CellRef = {
      row: row.sheetRow,
      col: newColumn.col,
      address: toA1(row.sheetRow, newColumn.col),
    };
    const header: CellRef = {
      row: newColumn.headerRow,
      col: newColumn.col,
      address: toA1(newColumn.headerRow, newColumn.col),
    };
    fix = lazyText(
      { cell, value: word, header: { cell: header, value: "Chiều" } } as Fix,
      "description",
      () => ({
        vi: `Thêm cột Chiều (ô ${header.address}) và ghi "${word}"`,
        en: `Add a Chiều (direction) column at ${header.address} and write "${word}"`,
      }),
    );
  }
  return [
    rowFinding(
      "direction_inferred",
      "warning",
      row,
      "direction",
      {
        name: row.name,
        direction: row.direction,
        because: guess.because,
        unsure: guess.unsure ? 1 : 0,
        noColumn: own === undefined ? 1 : 0,
      },
      fix,
    ),
  ];
}
