/**
 * The workbench page (dev only): one WorkbookState holding the sample workbook, the host that
 * answers the requests of Microsoft's Excel client runtime in the task pane iframe (see
 * pane-host.ts), the grid UI, and the test API.
 */
import { createRoot } from "react-dom/client";
import { HOSTS, createHostSwitch, isHostKind } from "./hosts";
import { createExcelHost } from "./index-host";
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
// ?host=ltsc2021 opens the workbench as that Excel; the toolbar switches it later.
const requested = new URLSearchParams(window.location.search).get("host");
const hostSwitch = createHostSwitch(isHostKind(requested) ? requested : "web", (kind) =>
  host.setRequirementSets(HOSTS[kind].requirementSets),
);
const bridge: WorkbenchBridge = {
  host,
  office: host.Office,
  send: (request) => host.processQuery.handle(request),
  listen: (listener) => host.events.listen(listener),
};
window.__chitieuHost = bridge;
window.workbench = createTestApi(state, () => firstRenderMs, hostSwitch);

injectStyles();
const container = document.getElementById("workbench");
if (!container) throw new Error("workbench.html has no #workbench");
// The pane loads after the grid is on screen, as Excel opens an add-in after the workbook.
let paneReady: () => void = () => undefined;
const paneGate = new Promise<void>((resolve) => (paneReady = resolve));
createRoot(container).render(
  <App state={state} onFirstPaint={markFirstPaint} paneGate={paneGate} hostSwitch={hostSwitch} />,
);
