/**
 * "Chỉ định cột": what the pane offers to map on the active sheet, and the person's mapping kept
 * in the sheet's record (SHEETS_KEY), where every command's read phase finds it.
 */
import { colLetter } from "../core/a1";
import {
  mappingFrom,
  mappingProblems,
  proposeMapping,
  type ColumnMapping,
  type MappingProblem,
  type MappingProposal,
} from "../core/mapping";
import type { InputColumn, Settings } from "../core/model";
import { ChitieuError, guarded } from "./errors";
import { progress } from "./io";
import { readActiveTable, readSheetTable } from "./read";
import { SHEETS_KEY, claimSheetKey } from "./store";
import type { OnProgress } from "./types";

export interface MappingChoices {
  sheetName: string;
  /** The header row offered (0-based) and its cells, with the column letter of each. */
  proposal: (MappingProposal & { letters: Record<number, string> }) | null;
  /** The mapping the sheet has now, if any. */
  current: ColumnMapping | null;
  /** Whether the reader recognizes the table without a mapping. */
  recognized: boolean;
}

/** The active sheet's header row (the given one, or the likeliest) and a guess per column: one sync. */
export async function readMappingChoices(
  settings: Settings,
  headerRow?: number,
  onProgress?: OnProgress,
): Promise<MappingChoices> {
  return guarded(() =>
    Excel.run(async (context) => {
      progress(onProgress, { vi: "Đang đọc tiêu đề cột…", en: "Reading the column headers…" }, 0);
      const active = await readActiveTable(context, settings); // sync 1: read
      const current = active.mapping ?? null;
      const proposal = proposeMapping(active.grid.values, headerRow ?? current?.headerRow);
      const letters: Record<number, string> = {};
      for (const h of proposal?.headers ?? []) letters[h.col] = colLetter(h.col);
      if (proposal !== null && current !== null && current.headerRow === proposal.headerRow) {
        // What the person chose before is what the panel shows again.
        const chosen: Partial<Record<InputColumn, number>> = {};
        for (const [key, m] of Object.entries(current.columns) as [InputColumn, { col: number }][])
          chosen[key] = m.col;
        proposal.guess = chosen;
      }
      return {
        sheetName: active.sheetName,
        proposal: proposal === null ? null : { ...proposal, letters },
        current,
        recognized: readSheetTable(active.grid, settings) !== null,
      };
    }),
  );
}

/** A mapping the pane cannot keep: what is missing or doubled. */
export class MappingError extends ChitieuError {
  constructor(readonly problems: MappingProblem[]) {
    super(
      {
        vi: "Cần chỉ định cột tên chỉ tiêu và cột Kế hoạch hoặc Thực hiện; mỗi cột chỉ một vai trò.",
        en: "Name the indicator column and a Plan or Actual column; each column has one role.",
      },
      "mapping_invalid",
    );
  }
}

export interface MappingSaved {
  sheetName: string;
  /** Whether the table reads now (with the mapping, or without one after clearing). */
  hasTable: boolean;
}

/**
 * Keeps `chosen` (columns of header row `headerRow`) as the active sheet's mapping, or clears it
 * (null). The header texts are read in the same run, so the mapping says what it was made for.
 * Sync 1 reads; Excel.run's closing sync writes.
 */
export async function saveColumnMapping(
  settings: Settings,
  chosen: { headerRow: number; columns: Partial<Record<InputColumn, number>> } | null,
  onProgress?: OnProgress,
): Promise<MappingSaved> {
  return guarded(() =>
    Excel.run(async (context) => {
      progress(onProgress, { vi: "Đang lưu cách đọc cột…", en: "Saving the column mapping…" }, 0);
      const active = await readActiveTable(context, settings); // sync 1: read
      const mapping =
        chosen === null ? null : mappingFrom(active.grid.values, chosen.headerRow, chosen.columns);
      if (mapping !== null) {
        const problems = mappingProblems(mapping);
        if (problems.length > 0) throw new MappingError(problems);
      }
      const key = claimSheetKey(active.keyProbe);
      const { mapping: _old, ...rest } = active.records[key] ?? {};
      active.records[key] = {
        ...rest,
        sheetName: active.sheetName,
        ...(mapping === null ? {} : { mapping }),
      };
      context.workbook.settings.add(SHEETS_KEY, active.records);
      // sync 2 is Excel.run's closing sync: it carries the write.
      return {
        sheetName: active.sheetName,
        hasTable: readSheetTable(active.grid, settings, mapping ?? undefined) !== null,
      };
    }),
  );
}
