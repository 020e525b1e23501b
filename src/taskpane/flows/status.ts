/**
 * The state of the active sheet behind the steps (Mẫu → … → Biểu đồ), refreshed after each action
 * and on "Làm mới", with the outcome of the last ribbon command.
 */
import { useCallback, useEffect, useReducer } from "react";
import * as excel from "../../excel";
import { loadLastCommand, type LastCommand } from "../lastCommand";
import {
  attempt,
  IDLE,
  isRunEvent,
  runReducer,
  type Dispatch,
  type RunEvent,
  type RunState,
  type SheetStatus,
} from "./run";

export interface StatusState extends RunState {
  status: SheetStatus | null;
  lastCommand: LastCommand | null;
  /** `at` of the ribbon result the user closed, so it stays closed across refreshes. */
  dismissedAt: string | null;
}

export const STATUS_INITIAL: StatusState = { ...IDLE, status: null, lastCommand: null, dismissedAt: null };

export type StatusEvent =
  { type: "status"; status: SheetStatus; lastCommand: LastCommand | null } | { type: "dismissLastCommand" };

export function statusReducer(s: StatusState, e: StatusEvent | RunEvent): StatusState {
  if (isRunEvent(e)) return runReducer(s, e);
  switch (e.type) {
    case "status":
      return { ...s, busy: false, progress: null, status: e.status, lastCommand: e.lastCommand };
    case "dismissLastCommand":
      return { ...s, dismissedAt: s.lastCommand?.at ?? s.dismissedAt };
  }
}

/** The ribbon result to show, unless the user closed it. */
export function visibleLastCommand(s: StatusState): LastCommand | null {
  return s.lastCommand && s.lastCommand.at !== s.dismissedAt ? s.lastCommand : null;
}

export async function runRefresh(dispatch: Dispatch<StatusEvent>): Promise<boolean> {
  return attempt(dispatch, async () => {
    const status = await excel.getSheetStatus();
    const lastCommand = await loadLastCommand();
    dispatch({ type: "status", status, lastCommand });
  });
}

export function useSheetStatus() {
  const [state, dispatch] = useReducer(statusReducer, STATUS_INITIAL);
  const refresh = useCallback(() => void runRefresh(dispatch), []);
  useEffect(refresh, [refresh]);
  const dismissError = useCallback(() => dispatch({ type: "dismissError" }), []);
  const dismissLastCommand = useCallback(() => dispatch({ type: "dismissLastCommand" }), []);
  return { state, refresh, dismissError, dismissLastCommand };
}
