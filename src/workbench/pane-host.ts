/**
 * Runs in the task pane iframe (workbench-pane.html) after Microsoft's Excel client runtime
 * (`@microsoft/office-js` dist/excel-web-16.00.js, served unmodified from node_modules) and
 * before the pane bundle. The pane's `Excel` and `OfficeExtension` are the runtime's own; this
 * makes the workbench host in the parent page, which owns the one WorkbookState, the runtime's
 * native host (runtime-bridge.ts: its requests and events), and gives the pane the host's
 * `Office` (requirement sets, settings, commands).
 * office.js itself is not loaded: inside an iframe it navigates to about:blank (OFFICE-NOTES §15).
 * The npm runtime predates notes (ExcelApi 1.18): runtime-notes.ts adds them, as the unit tests do,
 * so Kiểm tra notes its cells here as on Excel on the web (the 1.17 / 1.14 hosts still refuse them:
 * the runtime asks the host's requirement sets before it sends a notes request).
 */
import { connectRuntime, type BridgeHost, type RuntimeOfficeExtension } from "./runtime-bridge";
import { installNotes } from "./runtime-notes";

/**
 * What the workbench page (index.tsx) puts on its window for the pane: the host's ends of the
 * runtime's bridge (`send` answers a ProcessQuery, `listen` takes the change events).
 */
export interface WorkbenchBridge extends BridgeHost {
  /** The host made by `createExcelHost`, for inspection. */
  host: unknown;
  /** The host's `Office` global. */
  office: unknown;
}

declare global {
  interface Window {
    __chitieuHost?: WorkbenchBridge;
  }
}

type OnReady = (
  callback?: (info: { host: string; platform: string }) => void,
) => Promise<{ host: string; platform: string }>;

function parentBridge(): WorkbenchBridge {
  try {
    const bridge = window.parent !== window ? window.parent.__chitieuHost : undefined;
    if (bridge) return bridge;
  } catch {
    // A cross-origin parent: fall through to the message below.
  }
  throw new Error("workbench-pane.html must be opened inside the workbench page (index.html).");
}

function runtime(): RuntimeOfficeExtension {
  const officeExtension = (window as unknown as { OfficeExtension?: RuntimeOfficeExtension }).OfficeExtension;
  if (!officeExtension?.HostBridge)
    throw new Error("workbench-pane.html must load Microsoft's Excel client runtime first.");
  return officeExtension;
}

/** Office.onReady must resolve as it does in Excel, even if the host did not provide it. */
function ensureOnReady(): void {
  const office = (window as unknown as { Office?: { onReady?: OnReady } }).Office;
  if (!office) throw new Error("the workbench host installed no Office global");
  if (typeof office.onReady === "function") return;
  const info = { host: "Excel", platform: "OfficeOnline" };
  office.onReady = (callback) => {
    callback?.(info);
    return Promise.resolve(info);
  };
}

const bridge = parentBridge();
const stopEvents = connectRuntime(runtime(), { send: bridge.send, listen: bridge.listen });
installNotes();
// The host outlives this frame (the host switch reloads it): stop its events with it.
window.addEventListener("pagehide", stopEvents);
(window as unknown as { Office: unknown }).Office = bridge.office;
ensureOnReady();
