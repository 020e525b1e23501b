/**
 * Runs first in the task pane iframe (workbench-pane.html), before the pane bundle, in place of
 * office.js: real office.js inside an iframe navigates it to about:blank (OFFICE-NOTES §15).
 * It takes `Office`, `Excel` and `OfficeExtension` from the workbench page, which owns the one
 * WorkbookState and its host, so the pane code runs unchanged against the emulator.
 */

/** What the workbench page (index.tsx) puts on its window for the pane. */
export interface WorkbenchBridge {
  /** The host made by `createExcelHost`, for inspection. */
  host: unknown;
  /** Installs Office, Excel and OfficeExtension on the given window (`installGlobals`). */
  install: (target: Window) => void;
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

/**
 * The emulator's objects live in the parent's JavaScript realm, so its errors fail the pane's
 * `instanceof Error`. Pane code may rely on that check; accept the parent's errors too.
 */
function acceptParentErrors(): void {
  const own = window.Error;
  const foreign = (window.parent as unknown as { Error: ErrorConstructor }).Error;
  const plain = Function.prototype[Symbol.hasInstance];
  Object.defineProperty(own, Symbol.hasInstance, {
    configurable: true,
    value(this: unknown, value: unknown): boolean {
      return plain.call(this, value) || (this === own && value instanceof foreign);
    },
  });
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

parentBridge().install(window);
acceptParentErrors();
ensureOnReady();
