/**
 * The result of the last ribbon command, kept in the workbook settings ("chitieu.lastCommand")
 * because a function command has no UI of its own: the pane shows it next time it looks.
 * The record is data (JSON); reading it back checks its shape, since any add-in version wrote it.
 */
import type { Text } from "../core/model";

export const LAST_COMMAND_KEY = "chitieu.lastCommand";

export type RibbonCommand = "validate" | "compute" | "charts";

export interface LastCommand {
  command: RibbonCommand;
  /** ISO 8601 time the command finished. */
  at: string;
  ok: boolean;
  text: Text;
}

function isText(v: unknown): v is Text {
  return (
    typeof v === "object" &&
    v !== null &&
    typeof (v as Text).vi === "string" &&
    typeof (v as Text).en === "string"
  );
}

/** The record, or null when absent or not of our shape. Accepts the object or its JSON text. */
export function parseLastCommand(value: unknown): LastCommand | null {
  let v = value;
  if (typeof v === "string") {
    try {
      v = JSON.parse(v);
    } catch {
      return null;
    }
  }
  if (typeof v !== "object" || v === null) return null;
  const r = v as Partial<LastCommand>;
  const commandOk = r.command === "validate" || r.command === "compute" || r.command === "charts";
  if (!commandOk || typeof r.at !== "string" || typeof r.ok !== "boolean" || !isText(r.text)) return null;
  return { command: r.command as RibbonCommand, at: r.at, ok: r.ok, text: r.text };
}

/** "14:05 25/11/2025" / "11/25/2025, 2:05 PM": when the command ran, for the pane. */
export function formatTime(iso: string, lang: "vi" | "en"): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(lang === "vi" ? "vi-VN" : "en-US", { dateStyle: "short", timeStyle: "short" });
}

/**
 * Reads the record from the workbook settings. One Excel.run, one sync.
 * It belongs with the adapter (src/excel) once the adapter offers it; until then it is the one
 * place the pane reads Office directly.
 */
export async function loadLastCommand(): Promise<LastCommand | null> {
  return Excel.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(LAST_COMMAND_KEY);
    setting.load("value");
    await context.sync();
    return setting.isNullObject ? null : parseLastCommand(setting.value);
  });
}

/** Writes the record (the ribbon commands call this). One Excel.run, one sync. */
export async function saveLastCommand(record: LastCommand): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.settings.add(LAST_COMMAND_KEY, record);
    await context.sync();
  });
}
