/** Re-renders a component after every applied change of the workbook state. */
import { useSyncExternalStore } from "react";
import type { WorkbookState } from "../state";

const versions = new WeakMap<WorkbookState, { version: number; subscribed: boolean }>();

function counter(state: WorkbookState): { version: number; subscribed: boolean } {
  let c = versions.get(state);
  if (!c) {
    c = { version: 0, subscribed: false };
    versions.set(state, c);
  }
  // One permanent listener bumps the version, so every snapshot read agrees on it.
  if (!c.subscribed) {
    const entry = c;
    state.subscribe(() => {
      entry.version++;
    });
    entry.subscribed = true;
  }
  return c;
}

/** The state's change counter; components read the live state after it changes. */
export function useWorkbook(state: WorkbookState): number {
  return useSyncExternalStore(
    (notify) => state.subscribe(notify),
    () => counter(state).version,
  );
}
