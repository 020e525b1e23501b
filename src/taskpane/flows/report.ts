/**
 * "Tạo báo cáo": the report paragraphs of the active table, shown in the pane, copied to the
 * clipboard, written to a new sheet "Báo cáo <sheet>", or downloaded as a Word document in the
 * format of Decree 30 (built in the browser; the `docx` package is a chunk of its own).
 */
import { useCallback, useReducer } from "react";
import type { Lang, Settings } from "../../core/model";
import { reportPlainText } from "../../core/report";
import type { DocumentFields } from "../../core/report-table";
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
  /** Who issues and signs the Word report, as typed (saved in the workbook on download). */
  fields: DocumentFields;
  /** The last Word download: the file's name, "refused" where the host saves no file, or not tried. */
  downloaded: string | "refused" | null;
}

const NO_FIELDS: DocumentFields = { unit: null, number: null, signer: null, position: null, place: null };

export const REPORT_INITIAL: ReportState = {
  ...IDLE,
  built: null,
  text: "",
  copied: null,
  written: null,
  fields: NO_FIELDS,
  downloaded: null,
};

export type ReportEvent =
  | { type: "built"; built: BuiltReport }
  | { type: "copied"; ok: boolean }
  | { type: "written"; sheetName: string }
  | { type: "field"; field: keyof DocumentFields; value: string }
  | { type: "downloaded"; fileName: string | "refused" };

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
        fields: e.built.fields,
        downloaded: null,
      };
    case "copied":
      return { ...s, copied: e.ok ? "ok" : "failed" };
    case "written":
      return { ...s, busy: false, progress: null, written: e.sheetName, copied: null };
    case "field":
      return { ...s, fields: { ...s.fields, [e.field]: e.value === "" ? null : e.value }, downloaded: null };
    case "downloaded":
      return { ...s, busy: false, progress: null, downloaded: e.fileName };
  }
}

/** "Báo cáo Chỉ tiêu 2021.docx": the sheet's name without what a file name may not hold. */
export function wordFileName(sheetName: string, lang: Lang): string {
  const base = `${lang === "vi" ? "Báo cáo" : "Report"} ${sheetName}`
    .replace(/[\\/:*?"<>|]/g, " ")
    .replace(/\p{Cc}/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return `${base.slice(0, 120)}.docx`;
}

/** How the pane hands a file to the host: false when the host cannot save one from the pane. */
export type SaveFile = (blob: Blob, fileName: string) => boolean;

/**
 * A link with `download`, clicked: Excel on the web and on Windows save the file (the browser's or
 * WebView2's download). Where the element has no `download` (an older webview), nothing is saved.
 */
export const saveWithLink: SaveFile = (blob, fileName) => {
  const a = document.createElement("a");
  if (!("download" in a) || typeof URL.createObjectURL !== "function") return false;
  const url = URL.createObjectURL(blob);
  a.href = url;
  a.download = fileName;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later: the download may still be reading it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return true;
};

/** The Word builder, loaded on the first download only: `docx` stays out of the first chunk. */
export const loadDocx = () => import(/* webpackChunkName: "docx" */ "../../docx/report");

/**
 * "Tải về tệp Word": saves who issues and signs in the workbook, builds the document in the
 * browser and hands it to the host. The date stays dotted, to be written when it is signed.
 */
export async function runDownloadWord(
  dispatch: Dispatch<ReportEvent>,
  built: BuiltReport,
  fields: DocumentFields,
  save: SaveFile,
): Promise<boolean> {
  return attempt(dispatch, async () => {
    await (await loadExcel()).saveDocumentFields(fields);
    const { reportDocxBlob } = await loadDocx();
    const blob = await reportDocxBlob(built.report, built.rows, { ...fields, lang: built.lang, date: null });
    const fileName = wordFileName(built.sheetName, built.lang);
    dispatch({ type: "downloaded", fileName: save(blob, fileName) ? fileName : "refused" });
  });
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
  const setField = useCallback(
    (field: keyof DocumentFields, value: string) => dispatch({ type: "field", field, value }),
    [],
  );
  const download = useCallback(async () => {
    if (state.built) await runDownloadWord(dispatch, state.built, state.fields, saveWithLink);
  }, [state.built, state.fields]);
  const dismissError = useCallback(() => dispatch({ type: "dismissError" }), []);
  return { state, build, write, copy, setField, download, dismissError };
}
