/**
 * Change events from the workbench host to Microsoft's Excel client runtime, so that
 * `worksheets.onChanged` registered through the runtime fires when a person edits a cell in the
 * grid and when a batch writes (OFFICE-NOTES §9).
 *
 * How the runtime (excel-web-16.00.debug.js) takes events, read from its code:
 * - `worksheets.onChanged.add(h)` is a `GenericEventHandlers`: it queues the method
 *   `_RegisterDataChangedEvent` on the worksheet collection (`Worksheet.onChanged` on the sheet),
 *   which asks the host to start sending that event, and before the sync it awaits
 *   `GenericEventRegistration.ready()`; `remove()` queues `_UnregisterDataChangedEvent`.
 * - The host then sends a RichApiMessage `{entries: [{messageCategory: 65536, messageType: 10,
 *   targetId: "Workbook" (the collection) or the sheet's id, message: JSON of the args}]}`;
 *   the runtime calls the handlers of that (type, target) with the args after
 *   `_CC.WorksheetCollection_Changed_EventArgsTransform` (`address`, `changeType`, `source`,
 *   `worksheetId`, `triggerSource`; `details` only when `valueBefore`/`valueAfter` are sent).
 * The messages travel the way a native Excel sends them, over the runtime's host bridge
 * (runtime-bridge.ts): with a bridge, `ready()` needs nothing else.
 */
import { rectA1 } from "./excel/address";
import { compareVersions } from "./excel/requirements";
import type { StateChange, WorkbookState } from "./state";

/** `OfficeExtension.Constants.eventMessageCategory`. */
const EVENT_CATEGORY = 65536;
/** The runtime's eventType of `onChanged` (worksheet and worksheet collection). */
const DATA_CHANGED = 10;
/** `OfficeExtension.Constants.eventWorkbookId`: the target of workbook-wide events. */
export const WORKBOOK_TARGET = "Workbook";

export interface RichApiEntry {
  messageCategory: number;
  messageType: number;
  targetId: string;
  message: string;
}

export interface RichApiMessage {
  entries: RichApiEntry[];
}

export type RichApiListener = (message: RichApiMessage) => void;

/** The runtime's methods that start and stop an event; only data changes are sent. */
const REGISTRATION = /^_(Register|Unregister)DataChangedEvent$/;

export function isEventRegistration(method: string): boolean {
  return REGISTRATION.test(method);
}

/** The host half: which targets asked for change events, and the messages sent to them. */
export class RuntimeEventHost {
  /** Registrations per target ("Workbook" or a sheet id), counted per `_Register…` call. */
  private readonly registered = new Map<string, number>();
  private readonly listeners = new Set<RichApiListener>();

  /** @param excelApi the host's ExcelApi version: `triggerSource` exists from 1.14. */
  constructor(
    state: WorkbookState,
    private readonly excelApi: () => string,
  ) {
    state.subscribe((change) => this.changed(change));
  }

  /**
   * A `_RegisterDataChangedEvent` / `_UnregisterDataChangedEvent` the runtime sent for `targetId`.
   * The runtime sends one per proxy whose first handler is added (and whose last is removed), so
   * two contexts can register the same target: counted, so one removal does not silence the
   * other (how Excel itself counts is not documented: a guess).
   */
  registration(method: string, targetId: string): void {
    const count = this.registered.get(targetId) ?? 0;
    const next = method.startsWith("_Register") ? count + 1 : Math.max(0, count - 1);
    if (next === 0) this.registered.delete(targetId);
    else this.registered.set(targetId, next);
  }

  /** Adds a receiver of the runtime's messages (a pane's runtime). Returns its removal. */
  listen(listener: RichApiListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private changed(change: StateChange): void {
    if (change.source === "restore" || !change.cellsChanged || this.registered.size === 0) return;
    const withTrigger = compareVersions(this.excelApi(), "1.14") >= 0;
    const entries: RichApiEntry[] = [];
    for (const worksheetId of change.cellsChanged) {
      const area = change.changedAreas?.get(worksheetId);
      // One event per sheet per batch or edit, over the rectangle around what changed. Excel
      // may send one per write inside a batch; the add-in reads neither count nor address.
      const args = {
        type: "WorksheetChanged",
        changeType: "RangeEdited",
        source: "Local",
        worksheetId,
        address: area ? rectA1(area) : "",
        // A person's edit is "Unknown"; the workbench has one add-in, so a batch is this one's.
        ...(withTrigger ? { triggerSource: change.source === "api" ? "ThisLocalAddin" : "Unknown" } : {}),
      };
      const message = JSON.stringify(args);
      for (const targetId of [WORKBOOK_TARGET, worksheetId])
        if (this.registered.has(targetId))
          entries.push({ messageCategory: EVENT_CATEGORY, messageType: DATA_CHANGED, targetId, message });
    }
    if (entries.length === 0) return;
    // After the batch's reply, as Excel delivers events asynchronously (the delay is a guess).
    setTimeout(() => this.deliver({ entries }), 0);
  }

  private deliver(message: RichApiMessage): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(message);
      } catch {
        // A pane frame that was reloaded without removing its listener: forget it.
        this.listeners.delete(listener);
      }
    }
  }
}
