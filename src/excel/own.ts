/**
 * Which changes are the add-in's own: every adapter command runs inside `asOwnWrite` (through
 * `guarded`), so change events raised by its writes are not taken for a person's edit.
 */

/** Events this long after our last command ended are still taken as its echo (a guess). */
const ECHO_MS = 400;

let running = 0;
let lastEnd = 0;

/** Wraps every adapter command (see `guarded`): its writes are ours, not the user's. */
export async function asOwnWrite<T>(work: () => Promise<T>): Promise<T> {
  running++;
  try {
    return await work();
  } finally {
    running--;
    lastEnd = Date.now();
  }
}

/** Whether an event with this trigger source is a person's edit (not our own write's echo). */
export function isUserChange(triggerSource: string | undefined, now = Date.now()): boolean {
  if (triggerSource === "ThisLocalAddin") return false;
  return running === 0 && now - lastEnd >= ECHO_MS;
}
