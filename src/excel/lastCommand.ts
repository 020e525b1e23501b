/**
 * The result of the last ribbon command, kept in the workbook settings ("chitieu.lastCommand")
 * because a function command has no UI of its own: the pane shows it next time it looks.
 * The record is data (JSON); reading it back checks its shape, since any add-in version wrote it.
 */
import type { Text } from "../core/model";
import { guarded } from "./errors";
import { loadSetting, settingValue } from "./store";

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

/** Reads the record from the workbook settings. One sync. */
export async function loadLastCommand(): Promise<LastCommand | null> {
  return guarded(() =>
    Excel.run(async (context) => {
      const setting = loadSetting(context, LAST_COMMAND_KEY);
      await context.sync(); // sync 1: read
      return parseLastCommand(settingValue(setting));
    }),
  );
}

/** Writes the record (the ribbon commands call this). One sync. */
export async function saveLastCommand(record: LastCommand): Promise<void> {
  return guarded(() =>
    Excel.run(async (context) => {
      context.workbook.settings.add(LAST_COMMAND_KEY, record);
      await context.sync(); // sync 1: write
    }),
  );
}

/** Forgets the record, if there is one. Two syncs: is it there, then delete. */
export async function clearLastCommand(): Promise<void> {
  return guarded(() =>
    Excel.run(async (context) => {
      const setting = loadSetting(context, LAST_COMMAND_KEY);
      await context.sync(); // sync 1: is there a record?
      if (setting.isNullObject) return;
      setting.delete();
      await context.sync(); // sync 2: delete it
    }),
  );
}
