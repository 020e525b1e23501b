/** `chitieu check FILE`: read the file, find the table, check it, render JSON or a report. */
import type { Lang, NumberConvention, Settings, TableRead, Text } from "../core/model";
import { conventionFor } from "../core/numbers";
import { COMPUTED_COLUMNS } from "../core/model";
import { TableNotFoundError, readTable } from "../core/table";
import { checkTable, type OwnedCell } from "../core/rules";
import { FORMULA_KEY_STRIDE, FileReadError, readSheets, type SheetGrid } from "./read";
import { checkJson } from "./json";
import { checkReport } from "./report";
import { noTable } from "./text";

export interface CheckOutput {
  text: string;
  hasErrors: boolean;
}

export type ConventionChoice = ReturnType<typeof conventionFor>;

/** A line saying the file's figures overrode the convention asked for, or null. */
export function conventionNote(choice: ConventionChoice, asked: NumberConvention): Text | null {
  if (choice.because === null || choice.convention === asked) return null;
  const vi = choice.convention === "vi";
  return {
    vi: `Đọc số theo kiểu ${vi ? "Việt Nam (6.794,12)" : "Anh (6,794.12)"} vì tệp có "${choice.because}".`,
    en: `Numbers read the ${vi ? "Vietnamese way (6.794,12)" : "English way (6,794.12)"} because the file has "${choice.because}".`,
  };
}

/** The first sheet that holds a table, read; workbooks often keep a cover sheet in front. */
export function findTable(
  sheets: readonly SheetGrid[],
  settings: Settings,
  file: string,
): { sheet: SheetGrid; read: TableRead; convention: ConventionChoice } {
  for (const sheet of sheets) {
    try {
      // The file's own figures decide how its numbers are written ("1.185,25" is vi whatever
      // --locale says); only a file with no telling figure is read in the convention asked for.
      const convention = conventionFor(sheet.grid, settings.convention);
      const read = readTable(sheet.grid, {
        convention: convention.convention,
        source: sheet.source,
        numberFormats: sheet.percentFormats,
        ...(sheet.formulaCells === null
          ? {}
          : {
              isFormula: (r: number, c: number) =>
                sheet.formulaCells?.has(r * FORMULA_KEY_STRIDE + c) === true,
            }),
      });
      return { sheet, read, convention };
    } catch (error) {
      if (!(error instanceof TableNotFoundError)) throw error;
    }
  }
  throw new FileReadError(noTable(file));
}

/**
 * What the table's computed-column cells hold on indicator rows, so a constant typed over one of
 * our formulas is reported. Formula text is not needed, only whether there is one.
 */
export function ownedCells(sheet: SheetGrid, read: TableRead): OwnedCell[] {
  const cols = COMPUTED_COLUMNS.flatMap((c) =>
    read.layout.columns[c] === undefined ? [] : [read.layout.columns[c] as number],
  );
  const formulas = sheet.formulaCells;
  if (cols.length === 0 || formulas === null) return [];
  const cells: OwnedCell[] = [];
  for (const group of read.table.groups) {
    for (const row of group.rows) {
      for (const col of cols) {
        const isFormula = formulas.has(row.sheetRow * FORMULA_KEY_STRIDE + col);
        cells.push({
          row: row.sheetRow,
          col,
          formula: isFormula ? "=" : null,
          value: sheet.grid[row.sheetRow]?.[col] ?? null,
        });
      }
    }
  }
  return cells;
}

export async function checkFile(
  file: string,
  settings: Settings,
  options: { json: boolean; lang: Lang },
): Promise<CheckOutput> {
  const found = findTable(await readSheets(file), settings, file);
  const { sheet, read } = found;
  const used: Settings = { ...settings, convention: found.convention.convention };
  const check = checkTable(read, used, { ownedCells: ownedCells(sheet, read) });
  const hasErrors = check.findings.some((f) => f.severity === "error");
  const note = conventionNote(found.convention, settings.convention);
  const text = options.json
    ? `${JSON.stringify(checkJson(check, sheet.lines))}\n`
    : (note === null ? "" : `${note[options.lang]}\n\n`) +
      checkReport(check, sheet.lines, {
        lang: options.lang,
        convention: used.convention,
        decimals: settings.decimals,
        sheetName: sheet.name,
      });
  return { text, hasErrors };
}
