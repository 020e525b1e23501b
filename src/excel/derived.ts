/**
 * sourceOfDerived: the table sheet a sheet we made (a chart sheet, a report) was made from. Read by
 * the status and by readActiveTable, so that a command run from a chart sheet works on its table.
 */
import { chartSheetName } from "../core/charts";
import { sheetOfRecord, type SheetRef, type SheetsStore } from "./store";

/** A sheet the active sheet was made from, and the key of its record (null: none recorded). */
export interface SourceRef extends SheetRef {
  key: string | null;
}

/**
 * The table sheet the active sheet was made from, or null. The store's records win; without one
 * (settings lost, workbook copied) a "Biểu đồ X" next to a sheet X is taken as X's chart sheet.
 * The active sheet's own content is not asked: a chart sheet's data block has the canonical
 * headers and would read as a table.
 */
export function sourceOfDerived(
  active: SheetRef,
  records: SheetsStore,
  sheets: SheetRef[],
): SourceRef | null {
  const name = active.name.toLowerCase();
  const others = sheets.filter((s) => s.id !== active.id);
  for (const [key, record] of Object.entries(records)) {
    const derived = [record.chartSheetName, ...(record.derivedSheetNames ?? [])];
    if (derived.some((d) => d?.toLowerCase() === name)) {
      const source = sheetOfRecord(key, record, others);
      if (source) return { ...source, key };
    }
  }
  const byName = others.find((s) => chartSheetName(s.name).toLowerCase() === name);
  if (!byName) return null;
  const key = Object.entries(records).find(([k, r]) => sheetOfRecord(k, r, [byName]) !== undefined)?.[0];
  return { ...byName, key: key ?? null };
}
