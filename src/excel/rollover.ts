/**
 * "Sang kỳ mới": next year's table from the active sheet's, on a new sheet (core/rollover.ts
 * decides every cell). The active sheet is only read.
 */
import type { Settings } from "../core/model";
import { rollover } from "../core/rollover";
import { guarded } from "./errors";
import { progress } from "./io";
import { readActiveTable, requireTable } from "./read";
import { addPlannedSheetIn } from "./template";
import type { OnProgress } from "./types";

export interface RolloverReport {
  sheetName: string;
  /** Indicator rows whose actual moved to Cùng kỳ. */
  moved: number;
  toYear: number | null;
}

export async function rolloverActiveSheet(
  settings: Settings,
  onProgress?: OnProgress,
): Promise<RolloverReport> {
  return guarded(() =>
    Excel.run(async (context) => {
      progress(onProgress, { vi: "Đang đọc bảng…", en: "Reading the table…" }, 0);
      const active = await readActiveTable(context, settings); // sync 1: read
      const read = requireTable(active);
      const { plan, moved, toYear } = rollover(active.grid.values, read, settings, {
        sheetName: active.sheetName,
        ...(active.mapping === undefined ? {} : { mapping: active.mapping }),
      });
      // sync 2 (the names taken) in addPlannedSheetIn; sync 3 is Excel.run's closing one.
      const sheetName = await addPlannedSheetIn(
        context,
        plan,
        { vi: "Đang lập bảng kỳ mới…", en: "Writing the next period's table…" },
        onProgress,
      );
      return { sheetName, moved, toYear };
    }),
  );
}
