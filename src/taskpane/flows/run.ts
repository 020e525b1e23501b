/**
 * What every flow has in common: busy or not, progress of the long step, and the last failure as
 * a sentence. Flows are reducers (pure, tested in Node) plus async `run…` functions that call the
 * adapter and dispatch; the hooks only wire the two to React.
 */
import type { Text } from "../../core/model";
import type { Progress } from "../../excel";
import { errorText } from "../format";

export type {
  ChartReport,
  ComputeReport,
  Progress,
  SheetStatus,
  TemplateInfo,
  ValidateReport,
} from "../../excel";

/** What failed, for the pane to tell apart (the sheet bar alone says "no table here"). */
export interface Failure {
  code: string;
  sheetName: string | null;
}

export interface RunState {
  busy: boolean;
  progress: Progress | null;
  error: Text | null;
  failure?: Failure | null;
}

export const IDLE: RunState = { busy: false, progress: null, error: null, failure: null };

export type RunEvent =
  | { type: "start" }
  | { type: "progress"; progress: Progress }
  | { type: "failed"; error: Text; failure?: Failure }
  | { type: "dismissError" };

export function isRunEvent(e: { type: string }): e is RunEvent {
  return e.type === "start" || e.type === "progress" || e.type === "failed" || e.type === "dismissError";
}

export function runReducer<S extends RunState>(s: S, e: RunEvent): S {
  switch (e.type) {
    case "start":
      return { ...s, busy: true, progress: null, error: null, failure: null };
    case "progress":
      return s.busy
        ? { ...s, progress: { step: e.progress.step, fraction: clamp01(e.progress.fraction) } }
        : s;
    case "failed":
      return { ...s, busy: false, progress: null, error: e.error, failure: e.failure ?? null };
    case "dismissError":
      return { ...s, error: null, failure: null };
  }
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}

export type Dispatch<E> = (e: E | RunEvent) => void;

/**
 * Runs one piece of adapter work: "start", progress while it runs, and any failure turned into a
 * "failed" event with the user's sentence. Never throws. Returns whether the work succeeded.
 */
export async function attempt<E>(
  dispatch: Dispatch<E>,
  work: (onProgress: (p: Progress) => void) => Promise<void>,
): Promise<boolean> {
  dispatch({ type: "start" });
  try {
    await work((progress) => dispatch({ type: "progress", progress }));
    return true;
  } catch (error) {
    dispatch({ type: "failed", error: errorText(error), ...failureOf(error) });
    return false;
  }
}

/** The code and sheet a ChitieuError carries ("table_not_found" on "Báo cáo"), if any. */
function failureOf(error: unknown): { failure?: Failure } {
  if (typeof error !== "object" || error === null) return {};
  const { code, sheetName } = error as { code?: unknown; sheetName?: unknown };
  if (typeof code !== "string") return {};
  return { failure: { code, sheetName: typeof sheetName === "string" ? sheetName : null } };
}

/**
 * The error a step shows while `activeSheet` is active: not "no table here" (the sheet bar says it,
 * once), and not an error about another sheet (it would stay over a sheet it is not about), except
 * "wrong_sheet": acting on another sheet's result is what the person just did, and must hear about.
 */
export function shownError(s: RunState, activeSheet: string | null = null): Text | null {
  const f = s.failure;
  if (f?.code === "table_not_found") return null;
  if (f?.code === "wrong_sheet") return s.error;
  if (f && f.sheetName !== null && activeSheet !== null && f.sheetName !== activeSheet) return null;
  return s.error;
}
