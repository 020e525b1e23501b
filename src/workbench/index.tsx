/**
 * The workbench page (dev only): one WorkbookState holding the sample workbook, one emulated
 * Excel host over it for the task pane iframe (see pane-host.ts), the grid UI, and the test API.
 */
import { createRoot } from "react-dom/client";
import { createExcelHost, installGlobals } from "./index-host";
import type { WorkbenchBridge } from "./pane-host";
import { createSampleWorkbook } from "./sample";
import { createTestApi } from "./test-api";
import { App } from "./ui/App";
import { injectStyles } from "./ui/styles";

let firstRenderMs: number | null = null;

/** Called in the frame after the grid's first commit; the task returned to after that paint ends it. */
function markFirstPaint(): void {
  if (firstRenderMs !== null) return;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    // performance.now() counts from navigation start.
    firstRenderMs = Math.round(performance.now());
    performance.mark("workbench:first-grid-paint");
    paneReady();
  };
  channel.port2.postMessage(null);
}

performance.mark("workbench:script");
const state = createSampleWorkbook("vi");
performance.mark("workbench:sample");
const host = createExcelHost(state, {});
const bridge: WorkbenchBridge = { host, install: (target) => installGlobals(host, target) };
window.__chitieuHost = bridge;
window.workbench = createTestApi(state, () => firstRenderMs);

injectStyles();
const container = document.getElementById("workbench");
if (!container) throw new Error("workbench.html has no #workbench");
// The pane loads after the grid is on screen, as Excel opens an add-in after the workbook.
let paneReady: () => void = () => undefined;
const paneGate = new Promise<void>((resolve) => (paneReady = resolve));
createRoot(container).render(<App state={state} onFirstPaint={markFirstPaint} paneGate={paneGate} />);
