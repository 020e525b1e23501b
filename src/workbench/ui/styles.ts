/**
 * The page's CSS, Excel-like. Plain CSS rather than Fluent: the grid draws thousands of cells and
 * the page should paint fast; Fluent stays in the task pane, which is the shipped code.
 */
export const FONT_STACK =
  "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, 'Helvetica Neue', Arial, sans-serif";
const EXCEL_GREEN = "#217346";

export const CSS = `
.wb { display: flex; height: 100%; font-family: ${FONT_STACK}; font-size: 13px; color: #201f1e; background: #f3f2f1; }
.wb-book { position: relative; flex: 1; min-width: 0; display: flex; flex-direction: column; background: #fff; }
.wb-toolbar { display: flex; align-items: center; gap: 12px; height: 40px; padding: 0 12px; background: ${EXCEL_GREEN}; color: #fff; }
.wb-toolbar h1 { font-size: 14px; font-weight: 600; margin: 0; }
.wb-toolbar .wb-sub { opacity: .85; font-size: 12px; }
.wb-spacer { flex: 1; }
.wb-locale { display: flex; align-items: center; gap: 6px; font-size: 12px; }
.wb-locale button { font: inherit; border: 1px solid rgba(255,255,255,.7); background: transparent; color: #fff; padding: 3px 10px; border-radius: 2px; cursor: pointer; }
.wb-locale button[aria-pressed="true"] { background: #fff; color: ${EXCEL_GREEN}; font-weight: 600; }
.wb-fbar { display: flex; align-items: stretch; height: 26px; border-bottom: 1px solid #d4d4d4; background: #fff; }
.wb-namebox { width: 90px; border: none; border-right: 1px solid #d4d4d4; padding: 0 6px; font: inherit; font-size: 12px; display: flex; align-items: center; }
.wb-fx { width: 30px; display: flex; align-items: center; justify-content: center; color: #605e5c; font-style: italic; border-right: 1px solid #d4d4d4; font-family: 'Times New Roman', serif; }
.wb-fbar input { flex: 1; border: none; outline: none; padding: 0 8px; font: inherit; font-size: 13px; }
.wb-sheet { flex: 1; position: relative; overflow: hidden; background: #fff; outline: none; }
.wb-colhead, .wb-rowhead, .wb-corner, .wb-frozen { position: absolute; overflow: hidden; }
.wb-corner { left: 0; top: 0; background: #e6e6e6; border-right: 1px solid #c8c8c8; border-bottom: 1px solid #c8c8c8; box-sizing: border-box; z-index: 4; }
.wb-hcell { position: absolute; box-sizing: border-box; background: #f3f3f3; color: #444; font-size: 11px; display: flex; align-items: center; justify-content: center; border-right: 1px solid #d4d4d4; border-bottom: 1px solid #c8c8c8; user-select: none; }
.wb-hcell.sel { background: #d2d2d2; color: ${EXCEL_GREEN}; font-weight: 600; border-bottom-color: ${EXCEL_GREEN}; }
.wb-rowhead .wb-hcell.sel { border-bottom-color: #c8c8c8; border-right: 2px solid ${EXCEL_GREEN}; }
.wb-body { position: absolute; overflow: auto; }
.wb-frozen { z-index: 2; background: #fff; border-bottom: 1px solid #9b9b9b; box-sizing: border-box; }
.wb-layer { position: relative; }
.wb-cell { position: absolute; box-sizing: border-box; }
.wb-text { position: absolute; box-sizing: border-box; padding: 0 3px; display: flex; overflow: hidden; white-space: pre; line-height: 1.2; pointer-events: none; }
.wb-text.wrap { white-space: pre-wrap; word-break: break-word; }
.wb-note { position: absolute; width: 0; height: 0; border-top: 6px solid #d13438; border-left: 6px solid transparent; pointer-events: none; }
.wb-selection { position: absolute; box-sizing: border-box; border: 2px solid ${EXCEL_GREEN}; pointer-events: none; z-index: 1; }
.wb-selection.range { background: rgba(33,115,70,.08); }
.wb-editor { position: absolute; box-sizing: border-box; border: 2px solid ${EXCEL_GREEN}; padding: 0 3px; font: inherit; outline: none; z-index: 3; background: #fff; }
.wb-editor.idle { opacity: 0; z-index: 0; pointer-events: none; border-color: transparent; caret-color: transparent; }
.wb-notepop { position: absolute; z-index: 5; max-width: 260px; background: #ffffe1; border: 1px solid #8a8886; box-shadow: 1px 1px 3px rgba(0,0,0,.25); padding: 4px 6px; font-size: 12px; white-space: pre-wrap; pointer-events: none; }
.wb-chart { position: absolute; box-shadow: 0 0 0 1px #d4d4d4; }
.wb-alert { position: absolute; left: 50%; top: 40%; transform: translate(-50%, -50%); z-index: 6; background: #fff; border: 1px solid #8a8886; box-shadow: 0 4px 16px rgba(0,0,0,.25); padding: 16px; width: 340px; }
.wb-alert h2 { margin: 0 0 8px; font-size: 14px; }
.wb-alert button { margin-top: 12px; font: inherit; padding: 4px 16px; }
.wb-tabs { display: flex; align-items: stretch; height: 30px; border-top: 1px solid #d4d4d4; background: #f3f3f3; padding-left: 8px; overflow-x: auto; }
.wb-tab { font: inherit; font-size: 12px; border: none; border-right: 1px solid #d4d4d4; background: transparent; padding: 0 16px; cursor: pointer; color: #444; white-space: nowrap; border-bottom: 3px solid transparent; }
.wb-tab[aria-selected="true"] { background: #fff; color: ${EXCEL_GREEN}; font-weight: 600; border-bottom-color: ${EXCEL_GREEN}; }
.wb-pane { width: 360px; flex: none; display: flex; flex-direction: column; border-left: 1px solid #c8c8c8; background: #fff; }
.wb-pane header { height: 40px; display: flex; align-items: center; padding: 0 12px; font-size: 14px; font-weight: 600; border-bottom: 1px solid #e1dfdd; }
.wb-pane iframe { flex: 1; border: none; width: 100%; }
`;

let injected = false;

/** Adds the page CSS once. */
export function injectStyles(): void {
  if (injected) return;
  injected = true;
  const style = document.createElement("style");
  style.textContent = CSS;
  document.head.appendChild(style);
}
