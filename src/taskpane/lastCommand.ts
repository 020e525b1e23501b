/**
 * The result of the last ribbon command, as the pane shows it. Reading and writing the record
 * ("chitieu.lastCommand" in the workbook settings) is the adapter's job (src/excel/lastCommand.ts);
 * this module keeps the names the pane and the ribbon commands import, and the pane's time format.
 */
export {
  LAST_COMMAND_KEY,
  clearLastCommand,
  loadLastCommand,
  parseLastCommand,
  saveLastCommand,
  type LastCommand,
  type RibbonCommand,
} from "../excel/lastCommand";

/** "14:05 25/11/2025" / "11/25/2025, 2:05 PM": when the command ran, for the pane. */
export function formatTime(iso: string, lang: "vi" | "en"): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(lang === "vi" ? "vi-VN" : "en-US", { dateStyle: "short", timeStyle: "short" });
}
