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

export interface RunState {
  busy: boolean;
  progress: Progress | null;
  error: Text | null;
}

export const IDLE: RunState = { busy: false, progress: null, error: null };

export type RunEvent =
  | { type: "start" }
  | { type: "progress"; progress: Progress }
  | { type: "failed"; error: Text }
  | { type: "dismissError" };

export function isRunEvent(e: { type: string }): e is RunEvent {
  return e.type === "start" || e.type === "progress" || e.type === "failed" || e.type === "dismissError";
}

export function runReducer<S extends RunState>(s: S, e: RunEvent): S {
  switch (e.type) {
    case "start":
      return { ...s, busy: true, progress: null, error: null };
    case "progress":
      return s.busy
        ? { ...s, progress: { step: e.progress.step, fraction: clamp01(e.progress.fraction) } }
        : s;
    case "failed":
      return { ...s, busy: false, progress: null, error: e.error };
    case "dismissError":
      return { ...s, error: null };
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
    dispatch({ type: "failed", error: errorText(error) });
    return false;
  }
}
