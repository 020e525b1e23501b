/** Rules across the rows of one group: structure shares and duplicate names. */
import type { Finding, IndicatorGroup, IndicatorRow, Settings } from "../model";
import { formatNumber } from "../numbers";
import { rowFinding } from "./finding";
import { foldName } from "./text";
import { displayName } from "../display-name";

/** A structure share's plan, when the plan is a single number. */
function planShare(row: IndicatorRow): number | null {
  const t = row.target;
  if (t === null) return null;
  if (t.kind === "value" || t.kind === "approx") return t.value;
  return null;
}

/** Sums within this of 100 are rounding (31,83 + 19,63 + 48,54 = 100,00…01), not an excess. */
const SHARE_SUM_EPSILON = 1e-6;

/**
 * shares_over_100: the structure rows of one group are shares of one whole; their actuals (and,
 * separately, their plans) may sum to less than 100 (product taxes are the rest), never more.
 */
export function sharesOver100(group: IndicatorGroup, settings: Settings): Finding[] {
  let structureRows = 0;
  for (const row of group.rows) if (row.kind === "structure") structureRows++;
  if (structureRows < 2) return [];
  const shares = group.rows.filter((row) => row.kind === "structure");
  const out: Finding[] = [];
  const columns: ["actual" | "plan", (row: IndicatorRow) => number | null][] = [
    ["actual", (row) => row.actual],
    ["plan", planShare],
  ];
  for (const [column, pick] of columns) {
    const parts = shares.flatMap((row) => {
      const value = pick(row);
      return value === null || !Number.isFinite(value) ? [] : [{ row, value }];
    });
    const sum = parts.reduce((total, part) => total + part.value, 0);
    const last = parts[parts.length - 1];
    if (parts.length < 2 || last === undefined || !Number.isFinite(sum) || sum <= 100 + SHARE_SUM_EPSILON)
      continue;
    const others = parts.slice(0, -1).flatMap((part) => part.row.cells[column]?.address ?? []);
    out.push(
      rowFinding("shares_over_100", "error", last.row, column, () => ({
        others: others.join(", "),
        sum: formatNumber(sum, settings.convention, settings.decimals),
        group: group.name,
      })),
    );
  }
  return out;
}

/** The first row of each name seen in a group: where a later row of the same name points. */
export type SeenNames = Map<string, { cells: IndicatorRow["cells"]; sheetRow: number }>;

/** duplicate_name: the same indicator twice in one group (case and diacritics do not count). */
export function duplicateNames(group: IndicatorGroup): Finding[] {
  return duplicateNamesIn(group.name, group.rows, new Map());
}

/** duplicate_name over more rows of a group read in parts; `seen` carries the names before them. */
export function duplicateNamesIn(
  groupName: string,
  rows: readonly IndicatorRow[],
  seen: SeenNames,
): Finding[] {
  const out: Finding[] = [];
  for (const row of rows) {
    // "a) Nông nghiệp" under "Giá trị sản xuất" and under "Vốn đầu tư" are two indicators.
    const key = row.name.trim() === "" ? "" : foldName(displayName(row));
    if (key === "") continue;
    const seenFirst = seen.get(key);
    if (seenFirst === undefined) {
      // The row's cells, not its name cell: that cell is made only if a later row names it.
      seen.set(key, { cells: row.cells, sheetRow: row.sheetRow });
      continue;
    }
    const first = { cell: seenFirst.cells.name, sheetRow: seenFirst.sheetRow };
    out.push(
      rowFinding("duplicate_name", "warning", row, "name", {
        name: row.name.trim(),
        // Without a name cell (a table built in code), the first row's number says where.
        ...(first.cell ? { first: first.cell.address } : { firstRow: first.sheetRow + 1 }),
        group: groupName,
      }),
    );
  }
  return out;
}
