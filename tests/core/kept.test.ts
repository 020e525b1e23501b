/**
 * kept.ts holds the latest object of each kind a check makes, so that V8 keeps their layouts and
 * its optimised code between checks. It must hold those, and nothing of the sheet: after a check,
 * the grid read and the number formats given with it are free to be collected.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { CellValue } from "../../src/core/model";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { latest } from "../../src/core/kept";
import { checkTable } from "../../src/core/rules";
import { readTable } from "../../src/core/table";
import { benchTable } from "../bench/grid";

setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as () => void;

/** A check of a fresh table, returning only weak references to its grid and formats. */
function checkAndLetGo(): {
  grid: WeakRef<CellValue[][]>;
  formats: WeakRef<(string | null)[][]>;
  lastRow: number;
} {
  const { grid, numberFormats } = benchTable(120, "sheet");
  const check = checkTable(readTable(grid, { convention: "vi", numberFormats }), DEFAULT_SETTINGS);
  const groups = check.read.table.groups;
  const rows = groups[groups.length - 1]?.rows ?? [];
  return {
    grid: new WeakRef(grid),
    formats: new WeakRef(numberFormats),
    lastRow: rows[rows.length - 1]?.sheetRow ?? -1,
  };
}

describe("kept.ts: the latest objects of a check", () => {
  it("holds the last row read, a cell, a result, the reader and the checker", () => {
    const { lastRow } = checkAndLetGo();
    expect(lastRow).toBeGreaterThan(100);
    expect((latest.row as { sheetRow: number } | null)?.sheetRow).toBe(lastRow);
    expect(latest.cell).toHaveProperty("address");
    expect(latest.result).toHaveProperty("verdict");
    expect(latest.reader).not.toBeNull();
    expect(latest.checker).not.toBeNull();
  });

  it("does not keep the grid read nor its number formats", async () => {
    const { grid, formats } = checkAndLetGo();
    // A WeakRef holds its target until the current job ends.
    await new Promise((resolve) => setImmediate(resolve));
    collect();
    expect(grid.deref()).toBeUndefined();
    expect(formats.deref()).toBeUndefined();
  });
});
