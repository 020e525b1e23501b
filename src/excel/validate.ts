/**
 * validateActiveSheet: check the active sheet's table and mark each finding's cell (a fill by
 * severity and a note), after undoing our marks of last time. Never writes a value.
 */
import type { Finding, Settings, Severity, Summary, TableRead } from "../core/model";
import { SEVERITY_FILLS } from "../core/palette";
import { guarded } from "./errors";
import { cellFill, cellValidation, progress, sameColour } from "./io";
import {
  checkSheetTable,
  readActiveTable,
  readSheetTable,
  tableNotFoundFinding,
  type ActiveTable,
  type ReadGrid,
} from "./read";
import { supportsFeature } from "./requirements";
import {
  MARKS_KEY,
  SHEETS_KEY,
  claimSheetKey,
  loadSetting,
  marksFrom,
  settingValue,
  type Mark,
} from "./store";
import type { OnProgress, ValidateReport } from "./types";

/** Title of the input prompt used instead of a note before ExcelApi 1.18 (≤ 32 characters). */
export const PROMPT_TITLE = "Chỉ tiêu: cần kiểm tra";
const PROMPT_LIMIT = 255;
/** Info findings (why a % is "—") are listed in the pane, not painted on the sheet. */
const MARKED: readonly Severity[] = ["error", "warning"];
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

interface Wanted {
  severity: Severity;
  text: string;
}

/** One mark per cell: the worst severity, every message. */
export function marksWanted(findings: readonly Finding[]): Map<string, Wanted> {
  const out = new Map<string, Wanted>();
  for (const f of findings) {
    if (f.cell === null || !MARKED.includes(f.severity)) continue;
    const seen = out.get(f.cell.address);
    if (!seen) out.set(f.cell.address, { severity: f.severity, text: f.message.vi });
    else {
      if (RANK[f.severity] < RANK[seen.severity]) seen.severity = f.severity;
      if (!seen.text.includes(f.message.vi)) seen.text = `${seen.text}\n${f.message.vi}`;
    }
  }
  return out;
}

interface Probe {
  fill: Excel.RangeFill;
  note: Excel.Note | null;
  validation: Excel.DataValidation | null;
}

/** "#FFFFFF" is how Excel reports no fill; restoring it means clearing. */
function fillOrNull(colour: string): string | null {
  return sameColour(colour, "#FFFFFF") ? null : colour;
}

function restoreFill(range: Excel.Range, previous: string | null): void {
  if (previous === null) range.format.fill.clear();
  else range.format.fill.color = previous;
}

/** The findings of a grid's table: the check's, or the one "table not found". */
export function checkGrid(
  grid: ReadGrid,
  settings: Settings,
  read: TableRead | null = readSheetTable(grid, settings),
): { findings: Finding[]; summary: Summary | null; rows: number; tableFound: boolean } {
  const check = read ? checkSheetTable(read, grid, settings) : null;
  return {
    findings: check ? check.findings : [tableNotFoundFinding()],
    summary: check ? check.summary : null,
    rows: read ? read.table.groups.reduce((n, g) => n + g.rows.length, 0) : 0,
    tableFound: read !== null,
  };
}

export async function validateActiveSheet(
  settings: Settings,
  onProgress?: OnProgress,
): Promise<ValidateReport> {
  return guarded(() =>
    Excel.run(async (context) => {
      progress(onProgress, { vi: "Đang đọc bảng…", en: "Reading the table…" }, 0);
      const marksSetting = loadSetting(context, MARKS_KEY);
      const active = await readActiveTable(context, settings); // sync 1: read (with the marks)
      const checked = checkGrid(active.grid, settings, active.read);
      // sync 2 (the look of the cells to mark) in markFindings; sync 3 is Excel.run's closing one.
      const marked = await markFindings(context, active, checked.findings, marksSetting, onProgress);
      return { sheetName: active.sheetName, ...checked, marked };
    }),
  );
}

/**
 * Marks the findings' cells after undoing our marks of last time, and records the sheet's counts.
 * One sync of its own (the current look of every cell touched); anything the caller queued (the
 * fixes' writes) rides on it. The marks' writes wait for the caller's closing sync.
 */
export async function markFindings(
  context: Excel.RequestContext,
  active: ActiveTable,
  findings: readonly Finding[],
  marksSetting: Excel.Setting,
  onProgress?: OnProgress,
): Promise<number> {
  const { sheet, keyProbe, key } = active;
  const wanted = marksWanted(findings);
  const marks = marksFrom(settingValue(marksSetting));
  const old = new Map((marks[key] ?? []).map((m) => [m.address, m]));
  const useNotes = supportsFeature("notes");

  progress(onProgress, { vi: "Đang kiểm tra các ô cần đánh dấu…", en: "Checking the cells to mark…" }, 0.4);
  const probes = new Map<string, Probe>();
  for (const address of new Set([...old.keys(), ...wanted.keys()])) {
    const fill = cellFill(sheet, address);
    fill.load("color");
    let note: Excel.Note | null = null;
    let validation: Excel.DataValidation | null = null;
    if (useNotes) {
      note = sheet.notes.getItemOrNullObject(address);
      note.load("content");
    } else {
      validation = cellValidation(sheet, address);
      validation.load(["type", "prompt"]);
    }
    probes.set(address, { fill, note, validation });
  }
  await context.sync(); // the current look of every cell we touch

  progress(onProgress, { vi: "Đang đánh dấu các ô…", en: "Marking cells…" }, 0.7);
  const ours = (p: Probe, mark: Mark | undefined): { note: boolean; prompt: boolean } => ({
    note: mark?.note != null && p.note !== null && !p.note.isNullObject && p.note.content === mark.note,
    prompt: mark?.prompt === true && p.validation !== null && p.validation.prompt.title === PROMPT_TITLE,
  });

  // Decide every mark first, so the record can go out before any paint.
  interface Paint {
    address: string;
    want: Wanted;
    probe: Probe;
    owned: { note: boolean; prompt: boolean };
    mark: Mark;
    paintFill: boolean;
  }
  const paints: Paint[] = [];
  for (const [address, want] of wanted) {
    const probe = probes.get(address);
    if (!probe) continue;
    const before = old.get(address);
    const current = probe.fill.color;
    // A marked cell the user recoloured keeps their colour; the finding is still listed. A cell
    // that still shows its colour from before our mark was never painted (a failed run): paint.
    const recoloured =
      before !== undefined &&
      !sameColour(current, before.fill) &&
      !(before.fill !== "" && sameColour(fillOrNull(current) ?? "", before.previousFill ?? ""));
    const fill = recoloured ? "" : SEVERITY_FILLS[want.severity];
    const previousFill = before && !recoloured ? before.previousFill : fillOrNull(current);
    const owned = ours(probe, before);
    const note = probe.note && (owned.note || probe.note.isNullObject) ? want.text : null;
    const prompt =
      probe.note === null && probe.validation !== null && (owned.prompt || probe.validation.type === "None");
    paints.push({
      address,
      want,
      probe,
      owned,
      mark: { address, fill, previousFill, note, prompt },
      paintFill: !recoloured,
    });
  }
  const next = paints.map((p) => p.mark);

  // Record before painting: batches are not transactional (OFFICE-NOTES §1), so a batch that
  // fails halfway leaves marks the record already names, and the next run undoes or keeps
  // them as ours instead of taking them for the user's fill. Old marks stay named until the
  // closing record, for the same reason.
  claimSheetKey(keyProbe); // the key property, on a sheet that has none yet
  marks[key] = [...next, ...[...old.values()].filter((m) => !wanted.has(m.address))];
  context.workbook.settings.add(MARKS_KEY, marks);

  for (const [address, mark] of old) {
    if (wanted.has(address)) continue;
    const probe = probes.get(address);
    if (!probe) continue;
    const range = sheet.getRange(address);
    // The user may have recoloured the cell since: then the fill is theirs now.
    if (sameColour(probe.fill.color, mark.fill)) restoreFill(range, mark.previousFill);
    const owned = ours(probe, mark);
    if (owned.note && probe.note) probe.note.delete();
    if (owned.prompt) range.dataValidation.clear();
  }

  for (const { address, want, probe, owned, mark, paintFill } of paints) {
    if (paintFill) sheet.getRange(address).format.fill.color = mark.fill;
    if (probe.note && mark.note !== null) {
      if (owned.note) probe.note.content = want.text;
      else sheet.notes.add(address, want.text);
    } // else: the user's own note stays; the finding is still listed in the pane
    else if (mark.prompt) {
      // Before 1.18: an input prompt needs a rule; "=TRUE" accepts anything and never alerts.
      const dv = cellValidation(sheet, address);
      if (!owned.prompt) {
        dv.rule = { custom: { formula: "=TRUE" } };
        dv.errorAlert = { showAlert: false, style: "Information", title: "", message: "" };
      }
      dv.prompt = { showPrompt: true, title: PROMPT_TITLE, message: want.text.slice(0, PROMPT_LIMIT) };
    }
  }

  marks[key] = next;
  context.workbook.settings.add(MARKS_KEY, marks);
  const sheets = active.records;
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  sheets[key] = { ...sheets[key], sheetName: active.sheetName, validated: { errors, warnings } };
  context.workbook.settings.add(SHEETS_KEY, sheets);
  progress(onProgress, { vi: "Xong", en: "Done" }, 1);
  return next.length;
}
