/**
 * "Tạo báo cáo": the report paragraphs of the active table, shown in the pane, copied to the
 * clipboard, or written to a new sheet "Báo cáo <sheet>".
 */
import { useCallback, useReducer } from "react";
import type { Lang, Settings } from "../../core/model";
import { reportPlainText } from "../../core/report";
import { loadExcel } from "./adapter";
import type { BuiltReport } from "../../excel";
import type { StatusChange } from "./status";
import { attempt, IDLE, isRunEvent, runReducer, type Dispatch, type RunEvent, type RunState } from "./run";

export type { BuiltReport };

/** How the last copy went: "ok", "failed" (the text is left selected for Ctrl+C), or not tried. */
export type CopyState = "ok" | "failed" | null;

export interface ReportState extends RunState {
  built: BuiltReport | null;
  /** The plain text shown and copied (title, a paragraph per group, the conclusion). */
  text: string;
  copied: CopyState;
  /** The sheet the last "Ghi ra trang tính" created. */
  written: string | null;
}

export const REPORT_INITIAL: ReportState = { ...IDLE, built: null, text: "", copied: null, written: null };

export type ReportEvent =
  | { type: "built"; built: BuiltReport }
  | { type: "copied"; ok: boolean }
  | { type: "written"; sheetName: string };

export function reportReducer(s: ReportState, e: ReportEvent | RunEvent): ReportState {
  if (isRunEvent(e)) return runReducer(s, e);
  switch (e.type) {
    case "built":
      return {
        ...s,
        busy: false,
        progress: null,
        built: e.built,
        text: reportPlainText(e.built.report).trimEnd(),
        copied: null,
        written: null,
      };
    case "copied":
      return { ...s, copied: e.ok ? "ok" : "failed" };
    case "written":
      return { ...s, busy: false, progress: null, written: e.sheetName, copied: null };
  }
}

export async function runBuildReport(
  dispatch: Dispatch<ReportEvent>,
  settings: Settings,
  lang: Lang,
): Promise<boolean> {
  return attempt(dispatch, async (onProgress) => {
    const built = await (await loadExcel()).buildReport(settings, lang, onProgress);
    dispatch({ type: "built", built });
  });
}

export async function runWriteReport(
  dispatch: Dispatch<ReportEvent>,
  built: BuiltReport,
  onChanged?: (change: StatusChange) => void,
): Promise<boolean> {
  return attempt(dispatch, async (onProgress) => {
    const { sheetName } = await (
      await loadExcel()
    ).writeReportSheet(built.report, built.sheetName, onProgress);
    dispatch({ type: "written", sheetName });
    // The report's sheet is paragraphs of text, not a table.
    onChanged?.({ command: "newSheet", sheetName, hasTable: false });
  });
}

/** What copying needs from the browser, so the order of attempts is tested without one. */
export interface ClipboardEnv {
  writeText?: (text: string) => Promise<void>;
  /** Selects the shown text and runs the browser's copy command; false when refused. */
  selectAndCopy: () => boolean;
}

/**
 * navigator.clipboard first; where the pane's frame may not use it (permissions, older
 * webviews), select the text area and use the copy command; both refused: false.
 */
export async function copyText(text: string, env: ClipboardEnv): Promise<boolean> {
  if (env.writeText) {
    try {
      await env.writeText(text);
      return true;
    } catch {
      // Refused: fall through to the selection.
    }
  }
  try {
    return env.selectAndCopy();
  } catch {
    return false;
  }
}

export function useReport(settings: Settings, lang: Lang, onChanged: (change: StatusChange) => void) {
  const [state, dispatch] = useReducer(reportReducer, REPORT_INITIAL);
  const build = useCallback(async () => {
    await runBuildReport(dispatch, settings, lang);
  }, [settings, lang]);
  const write = useCallback(async () => {
    if (state.built) await runWriteReport(dispatch, state.built, onChanged);
  }, [state.built, onChanged]);
  const copy = useCallback(
    async (area: HTMLTextAreaElement | null) => {
      const clipboard = typeof navigator !== "undefined" ? navigator.clipboard : undefined;
      const ok = await copyText(state.text, {
        writeText: clipboard ? (t) => clipboard.writeText(t) : undefined,
        selectAndCopy: () => {
          if (!area) return false;
          area.focus();
          area.select();
          return document.execCommand("copy");
        },
      });
      dispatch({ type: "copied", ok });
    },
    [state.text],
  );
  const dismissError = useCallback(() => dispatch({ type: "dismissError" }), []);
  return { state, build, write, copy, dismissError };
}
