/**
 * The sheet: column letters, row numbers, frozen header rows, a virtualised body (only visible
 * rows and columns are drawn), selection, in-cell editing, keyboard, paste and note hovers.
 */
import * as React from "react";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { Rect, SheetState, WorkbookState } from "../state";
import { columnLetters } from "../excel/address";
import { ChartLayer } from "./ChartLayer";
import { editText, rectAddress } from "./edit-text";
import { GridLayer } from "./GridLayer";
import { cellRect, step, type Direction } from "./navigation";
import type { EditingApi } from "./useEditing";
import { COL_HEADER_PX, indexAt, offsets, px, ROW_HEADER_PX, visibleWindow } from "./units";

export interface GridProps {
  state: WorkbookState;
  sheet: SheetState;
  version: number;
  edit: EditingApi;
  onFirstPaint?: () => void;
}

const ARROWS: Record<string, Direction> = {
  ArrowUp: "up",
  ArrowDown: "down",
  ArrowLeft: "left",
  ArrowRight: "right",
};

/** How far the sheet extends: the used range and the charts, plus room to scroll into. */
function extent(state: WorkbookState, sheet: SheetState): { rows: number; cols: number } {
  const used = state.usedRect(sheet.id);
  const chartBottom = Math.max(0, ...sheet.charts.map((c) => px(c.position.top + c.position.height)));
  const chartRight = Math.max(0, ...sheet.charts.map((c) => px(c.position.left + c.position.width)));
  return {
    rows: Math.max(200, (used?.bottom ?? 0) + 100, Math.ceil(chartBottom / 20) + 20),
    cols: Math.max(26, (used?.right ?? 0) + 8, Math.ceil(chartRight / 64) + 4),
  };
}

export function Grid({ state, sheet, version, edit, onFirstPaint }: GridProps): React.ReactElement {
  const rootRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<HTMLInputElement>(null);
  const focusEditor = () => (editorRef.current ?? rootRef.current)?.focus();
  const bodyRef = useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = useState({ top: 0, left: 0 });
  const [viewport, setViewport] = useState({ width: 1200, height: 700 });
  const [hover, setHover] = useState<{ text: string; x: number; y: number } | null>(null);
  // Where a range selection started and where its moving corner is (Shift+arrows, drag).
  const anchor = useRef<Rect | null>(null);
  const corner = useRef<Rect | null>(null);
  const dragging = useRef(false);

  const { rows, cols } = extent(state, sheet);
  // Offsets change only when sizes do; `version` covers API changes to widths and heights.
  const rowStarts = useMemo(
    () => offsets(rows, (r) => state.rowHeight(sheet.id, r)),
    [state, sheet.id, rows, version],
  );
  const colStarts = useMemo(
    () => offsets(cols, (c) => state.columnWidth(sheet.id, c)),
    [state, sheet.id, cols, version],
  );
  const freeze = Math.min(sheet.freezeRows, rows);
  const frozenH = rowStarts[freeze] ?? 0;

  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const measure = () => setViewport({ width: body.clientWidth, height: body.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(body);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (!onFirstPaint) return;
    // The frame after the first commit is the first one the grid is on screen.
    const id = requestAnimationFrame(() => onFirstPaint());
    return () => cancelAnimationFrame(id);
  }, []);

  const bodyRows = visibleWindow(rowStarts, scroll.top + frozenH, viewport.height);
  const rowWindow: [number, number] = [Math.max(freeze, bodyRows[0]), Math.max(freeze, bodyRows[1])];
  const colWindow = visibleWindow(colStarts, scroll.left, viewport.width);
  const selected = state.selection.sheetId === sheet.id ? state.selection.rect : null;
  const active = selected ? cellRect(state, sheet.id, selected.top, selected.left) : null;
  // One cell of a merged area stands for the whole area, as in Excel.
  const single = selected !== null && selected.top === selected.bottom && selected.left === selected.right;
  const selection = single ? active : selected;
  const editing = edit.editing && edit.editing.sheetId === sheet.id ? edit.editing : null;

  // Keep the active cell in view when it moves (keyboard, API select, typing elsewhere).
  const activeKey = active ? `${active.top},${active.left},${active.bottom},${active.right}` : "";
  useEffect(() => {
    const body = bodyRef.current;
    if (!body || !active) return;
    const { clientWidth: w, clientHeight: h } = body;
    const left = colStarts[active.left] ?? 0;
    const right = colStarts[active.right + 1] ?? 0;
    if (left < body.scrollLeft) body.scrollLeft = left;
    else if (right > body.scrollLeft + w) body.scrollLeft = Math.min(left, right - w);
    if (active.top >= freeze) {
      const top = (rowStarts[active.top] ?? 0) - frozenH;
      const bottom = (rowStarts[active.bottom + 1] ?? 0) - frozenH;
      if (top < body.scrollTop) body.scrollTop = top;
      else if (bottom > body.scrollTop + h) body.scrollTop = Math.min(top, bottom - h);
    }
  }, [activeKey]);

  const select = (rect: Rect) => state.select(sheet.id, rectAddress(rect));
  const beginEdit = (row: number, col: number, text: string | null, mode: "enter" | "edit") =>
    edit.begin({
      sheetId: sheet.id,
      row,
      col,
      text: text ?? editText(state.cell(sheet.id, row, col), state.locale),
      mode,
      source: "cell",
    });

  /** The cell under the pointer, from a layer's own coordinates. */
  const cellAt = (e: React.MouseEvent, layer: HTMLElement, yOrigin: number) => {
    const box = layer.getBoundingClientRect();
    return {
      row: indexAt(rowStarts, e.clientY - box.top + yOrigin),
      col: indexAt(colStarts, e.clientX - box.left),
    };
  };

  /** Selects from the anchor (where a click or move started) to `to`, as drag and Shift do. */
  const extendTo = (to: Rect) => {
    const from = anchor.current && selection && contains(selection, anchor.current) ? anchor.current : active;
    if (!from) return;
    anchor.current = from;
    corner.current = to;
    select(union(from, to));
  };

  const onLayerMouseDown = (yOrigin: number) => (e: React.MouseEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    const { row, col } = cellAt(e, e.currentTarget, yOrigin);
    if (editing) edit.commit(null);
    const target = cellRect(state, sheet.id, row, col);
    if (e.shiftKey) extendTo(target);
    else {
      anchor.current = target;
      corner.current = target;
      select(target);
    }
    dragging.current = true;
    focusEditor();
    e.preventDefault();
  };

  const onLayerDoubleClick = (yOrigin: number) => (e: React.MouseEvent<HTMLDivElement>) => {
    const { row, col } = cellAt(e, e.currentTarget, yOrigin);
    const top = cellRect(state, sheet.id, row, col);
    beginEdit(top.top, top.left, null, "edit");
  };

  /** Where a cell's note shows: beside the cell's right edge, level with its top, as in Excel. */
  const notePlace = (cell: Rect) => ({
    x: ROW_HEADER_PX + (colStarts[cell.right + 1] ?? 0) - scroll.left + 8,
    y: COL_HEADER_PX + (rowStarts[cell.top] ?? 0) - (cell.top < freeze ? 0 : scroll.top),
  });
  // The selected cell's note shows too (a person moving by keyboard or by a finding's link sees
  // why the cell is marked without the mouse); a note under the mouse goes first.
  const activeNote =
    active && !editing ? (sheet.cells.get(`${active.top},${active.left}`)?.note ?? null) : null;
  const shownNote = hover ?? (active && activeNote ? { text: activeNote, ...notePlace(active) } : null);

  const onLayerMouseMove = (yOrigin: number) => (e: React.MouseEvent<HTMLDivElement>) => {
    const { row, col } = cellAt(e, e.currentTarget, yOrigin);
    const top = cellRect(state, sheet.id, row, col);
    if (dragging.current && (e.buttons & 1) === 1) {
      if (!corner.current || corner.current.top !== top.top || corner.current.left !== top.left)
        extendTo(top);
      return;
    }
    dragging.current = false;
    const note = sheet.cells.get(`${top.top},${top.left}`)?.note ?? null;
    const root = rootRef.current?.getBoundingClientRect();
    if (!note || !root) {
      if (hover) setHover(null);
      return;
    }
    const { x, y } = notePlace(top);
    if (!hover || hover.text !== note || hover.x !== x || hover.y !== y) setHover({ text: note, x, y });
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    if (editing || !active) return;
    const dir = ARROWS[e.key];
    if (dir && e.shiftKey) {
      extendTo(step(state, sheet.id, corner.current ?? active, dir));
      e.preventDefault();
    } else if (dir) {
      const to = step(state, sheet.id, active, dir);
      anchor.current = to;
      corner.current = to;
      select(to);
      e.preventDefault();
    } else if (e.key === "Enter" || e.key === "Tab") {
      select(
        step(
          state,
          sheet.id,
          active,
          e.key === "Tab" ? (e.shiftKey ? "left" : "right") : e.shiftKey ? "up" : "down",
        ),
      );
      e.preventDefault();
    } else if (e.key === "F2") {
      beginEdit(active.top, active.left, null, "edit");
      e.preventDefault();
    } else if (e.key === "Delete" || e.key === "Backspace") {
      state.deleteContents(sheet.id, rectAddress(selection ?? active));
      e.preventDefault();
    }
    // Printable keys are not handled here: they land in the cell editor, which is always focused
    // (idle and invisible between edits), so that an input method's composition ("đồng" typed
    // with Telex or VNI) starts in the element that keeps it.
  };

  const onPaste = (e: React.ClipboardEvent<HTMLDivElement>) => {
    if (editing || !active) return;
    const text = e.clipboardData.getData("text/plain");
    if (!text) return;
    const lines = text.replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n");
    state.paste(
      sheet.id,
      rectAddress(active),
      lines.map((line) => line.split("\t")),
    );
    e.preventDefault();
  };

  const onCopy = (e: React.ClipboardEvent<HTMLDivElement>) => {
    if (editing || !selection) return;
    const lines: string[] = [];
    for (let r = selection.top; r <= selection.bottom; r++) {
      const cells: string[] = [];
      for (let c = selection.left; c <= selection.right; c++) cells.push(state.cell(sheet.id, r, c).text);
      lines.push(cells.join("\t"));
    }
    e.clipboardData.setData("text/plain", lines.join("\r\n"));
    e.preventDefault();
  };

  const layerProps = { state, sheet, rowStarts, colStarts, cols: colWindow, selection };
  const width = colStarts[cols] ?? 0;
  const selBox = (yOrigin: number) =>
    selection &&
    active && (
      <SelectionBox
        sel={selection}
        active={active}
        rowStarts={rowStarts}
        colStarts={colStarts}
        yOrigin={yOrigin}
      />
    );

  return (
    <div
      ref={rootRef}
      className="wb-sheet"
      role="grid"
      aria-label={sheet.name}
      aria-rowcount={rows}
      aria-colcount={cols}
      aria-multiselectable
      tabIndex={-1}
      onFocus={(e) => {
        if (e.target === e.currentTarget) focusEditor();
      }}
      onKeyDown={onKeyDown}
      onPaste={onPaste}
      onCopy={onCopy}
    >
      <div className="wb-corner" style={{ width: ROW_HEADER_PX, height: COL_HEADER_PX }} />
      <ColumnHeaders
        colStarts={colStarts}
        window={colWindow}
        scrollLeft={scroll.left}
        selection={selection}
      />
      <RowHeaders
        rowStarts={rowStarts}
        freeze={freeze}
        window={rowWindow}
        scrollTop={scroll.top}
        selection={selection}
      />
      {freeze > 0 && (
        <div
          className="wb-frozen"
          style={{ left: ROW_HEADER_PX, top: COL_HEADER_PX, right: 0, height: frozenH + 1 }}
        >
          <div
            className="wb-layer"
            style={{ width, height: frozenH, transform: `translateX(${-scroll.left}px)` }}
            onMouseDown={onLayerMouseDown(0)}
            onDoubleClick={onLayerDoubleClick(0)}
            onMouseMove={onLayerMouseMove(0)}
            onMouseUp={() => (dragging.current = false)}
            onMouseLeave={() => setHover(null)}
          >
            <GridLayer {...layerProps} rows={[0, freeze - 1]} yOrigin={0} />
            {selBox(0)}
          </div>
        </div>
      )}
      <div
        ref={bodyRef}
        className="wb-body"
        style={{
          left: ROW_HEADER_PX,
          top: COL_HEADER_PX + frozenH + (freeze > 0 ? 1 : 0),
          right: 0,
          bottom: 0,
        }}
        onScroll={(e) => setScroll({ top: e.currentTarget.scrollTop, left: e.currentTarget.scrollLeft })}
      >
        <div
          className="wb-layer"
          style={{ width, height: (rowStarts[rows] ?? 0) - frozenH }}
          onMouseDown={onLayerMouseDown(frozenH)}
          onDoubleClick={onLayerDoubleClick(frozenH)}
          onMouseMove={onLayerMouseMove(frozenH)}
          onMouseUp={() => (dragging.current = false)}
          onMouseLeave={() => setHover(null)}
        >
          <GridLayer {...layerProps} rows={rowWindow} yOrigin={frozenH} />
          {selBox(frozenH)}
          <ChartLayer state={state} sheet={sheet} yOrigin={frozenH} />
        </div>
      </div>
      {(editing ?? active) && (
        <CellEditor
          inputRef={editorRef}
          edit={edit}
          sheetId={sheet.id}
          active={active}
          describe={(r) =>
            `${rectAddress({ ...r, bottom: r.top, right: r.left })} ${state.cell(sheet.id, r.top, r.left).text}`
          }
          rect={editing ? cellRect(state, sheet.id, editing.row, editing.col) : (active as Rect)}
          x={(r) => ROW_HEADER_PX + (colStarts[r.left] ?? 0) - scroll.left}
          y={(r) => COL_HEADER_PX + (rowStarts[r.top] ?? 0) - (r.top < freeze ? 0 : scroll.top)}
          w={(r) => (colStarts[r.right + 1] ?? 0) - (colStarts[r.left] ?? 0)}
          h={(r) => (rowStarts[r.bottom + 1] ?? 0) - (rowStarts[r.top] ?? 0)}
          onDone={focusEditor}
        />
      )}
      {shownNote && !editing && (
        <div className="wb-notepop" role="tooltip" style={{ left: shownNote.x, top: shownNote.y }}>
          {shownNote.text}
        </div>
      )}
    </div>
  );
}

function union(a: Rect, b: Rect): Rect {
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.top >= outer.top &&
    inner.bottom <= outer.bottom &&
    inner.left >= outer.left &&
    inner.right <= outer.right
  );
}

function SelectionBox(props: {
  sel: Rect;
  active: Rect;
  rowStarts: readonly number[];
  colStarts: readonly number[];
  yOrigin: number;
}) {
  const { sel, active, rowStarts, colStarts, yOrigin } = props;
  const multi =
    sel.top !== active.top ||
    sel.bottom !== active.bottom ||
    sel.left !== active.left ||
    sel.right !== active.right;
  const x = (colStarts[sel.left] ?? 0) - 1;
  const y = (rowStarts[sel.top] ?? 0) - yOrigin - 1;
  return (
    <div
      className={multi ? "wb-selection range" : "wb-selection"}
      style={{
        left: x,
        top: y,
        width: (colStarts[sel.right + 1] ?? 0) - x + 1,
        height: (rowStarts[sel.bottom + 1] ?? 0) - yOrigin - y + 1,
      }}
    />
  );
}

function ColumnHeaders(props: {
  colStarts: readonly number[];
  window: [number, number];
  scrollLeft: number;
  selection: Rect | null;
}) {
  const { colStarts, window, scrollLeft, selection } = props;
  const cells: React.ReactElement[] = [];
  for (let c = window[0]; c <= window[1]; c++) {
    const sel = selection !== null && c >= selection.left && c <= selection.right;
    const left = colStarts[c] ?? 0;
    cells.push(
      <div
        key={c}
        role="columnheader"
        aria-colindex={c + 1}
        className={sel ? "wb-hcell sel" : "wb-hcell"}
        style={{ left, width: (colStarts[c + 1] ?? 0) - left, top: 0, height: COL_HEADER_PX }}
      >
        {columnLetters(c)}
      </div>,
    );
  }
  return (
    <div className="wb-colhead" style={{ left: ROW_HEADER_PX, top: 0, right: 0, height: COL_HEADER_PX }}>
      <div className="wb-layer" role="row" style={{ transform: `translateX(${-scrollLeft}px)` }}>
        {cells}
      </div>
    </div>
  );
}

function RowHeaders(props: {
  rowStarts: readonly number[];
  freeze: number;
  window: [number, number];
  scrollTop: number;
  selection: Rect | null;
}) {
  const { rowStarts, freeze, window, scrollTop, selection } = props;
  const frozenH = rowStarts[freeze] ?? 0;
  const cell = (r: number, top: number) => {
    const sel = selection !== null && r >= selection.top && r <= selection.bottom;
    return (
      <div
        key={r}
        className={sel ? "wb-hcell sel" : "wb-hcell"}
        style={{ left: 0, width: ROW_HEADER_PX, top, height: (rowStarts[r + 1] ?? 0) - (rowStarts[r] ?? 0) }}
      >
        {r + 1}
      </div>
    );
  };
  const frozen: React.ReactElement[] = [];
  for (let r = 0; r < freeze; r++) frozen.push(cell(r, rowStarts[r] ?? 0));
  const body: React.ReactElement[] = [];
  for (let r = window[0]; r <= window[1]; r++) body.push(cell(r, (rowStarts[r] ?? 0) - frozenH));
  return (
    // Row numbers are drawn only: each row of cells carries its aria-rowindex.
    <div
      className="wb-rowhead"
      aria-hidden
      style={{ left: 0, top: COL_HEADER_PX, width: ROW_HEADER_PX, bottom: 0 }}
    >
      <div
        className="wb-layer"
        style={{
          position: "absolute",
          top: frozenH + (freeze > 0 ? 1 : 0),
          transform: `translateY(${-scrollTop}px)`,
        }}
      >
        {body}
      </div>
      {frozen.length > 0 && (
        <div
          className="wb-layer"
          style={{
            position: "absolute",
            top: 0,
            height: frozenH + 1,
            width: ROW_HEADER_PX,
            background: "#f3f3f3",
            borderBottom: "1px solid #9b9b9b",
            boxSizing: "border-box",
          }}
        >
          {frozen}
        </div>
      )}
    </div>
  );
}

/**
 * The cell editor, always mounted at the active cell: invisible while idle, so that the first
 * keystroke (or an input method's composition) goes into it and is never lost; visible while a
 * cell is edited. Keys that move or delete while idle bubble to the grid.
 */
function CellEditor(props: {
  inputRef: React.RefObject<HTMLInputElement>;
  edit: EditingApi;
  sheetId: string;
  active: Rect | null;
  /** "B5 37.067": what a screen reader says for the idle editor. */
  describe: (r: Rect) => string;
  rect: Rect;
  x: (r: Rect) => number;
  y: (r: Rect) => number;
  w: (r: Rect) => number;
  h: (r: Rect) => number;
  onDone: () => void;
}) {
  const { inputRef, edit, sheetId, active, describe, rect, x, y, w, h, onDone } = props;
  const editing = edit.editing && edit.editing.sheetId === sheetId ? edit.editing : null;
  const editKey = editing ? `${editing.row},${editing.col},${editing.source}` : "";
  useEffect(() => {
    if (editing?.source !== "cell") return;
    const input = inputRef.current;
    input?.focus();
    input?.setSelectionRange(input.value.length, input.value.length);
  }, [editKey]);
  const finish = (move: Direction | null) => {
    edit.commit(move);
    onDone();
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (!editing) return; // idle: the grid moves, selects and deletes
    e.stopPropagation();
    if (e.nativeEvent.isComposing) return; // Enter ends a composition, not the edit
    if (e.key === "Enter") finish(e.shiftKey ? "up" : "down");
    else if (e.key === "Tab") finish(e.shiftKey ? "left" : "right");
    else if (e.key === "Escape") {
      edit.cancel();
      onDone();
    } else if (editing.mode === "enter" && ARROWS[e.key]) finish(ARROWS[e.key] ?? null);
    else return;
    e.preventDefault();
  };
  const onChange = (e: React.ChangeEvent<HTMLInputElement>) => {
    if (editing) edit.change(e.target.value);
    else if (active && e.target.value !== "")
      // Typing replaces the cell's content, as in Excel; the text typed so far is kept.
      edit.begin({
        sheetId,
        row: active.top,
        col: active.left,
        text: e.target.value,
        mode: "enter",
        source: "cell",
      });
  };
  return (
    <input
      ref={inputRef}
      className={editing ? "wb-editor" : "wb-editor idle"}
      aria-label={editing ? "Sửa ô" : active ? describe(active) : "Sửa ô"}
      autoComplete="off"
      spellCheck={false}
      value={editing?.text ?? ""}
      onChange={onChange}
      onKeyDown={onKeyDown}
      onPaste={(e) => {
        if (editing) e.stopPropagation();
        else e.preventDefault(); // the grid pastes a block
      }}
      style={{
        left: x(rect) - 1,
        top: y(rect) - 1,
        minWidth: w(rect) + 2,
        width: editing ? Math.max(w(rect) + 2, editing.text.length * 8 + 16) : w(rect) + 2,
        height: h(rect) + 2,
      }}
    />
  );
}
