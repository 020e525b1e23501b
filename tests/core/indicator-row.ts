/**
 * An indicator row built by hand for core's tests: what a reader makes of a row that gives only
 * what `over` says (a quantity going up, no target, no figures, no cells), so that each test file
 * states its own defaults and nothing else.
 */
import type { IndicatorRow } from "../../src/core/model";

export function indicatorRow(over: Partial<IndicatorRow> = {}): IndicatorRow {
  return {
    sheetRow: 0,
    stt: "1",
    name: "Chỉ tiêu",
    unit: "",
    kind: "quantity",
    direction: "up",
    target: null,
    stretch: null,
    actual: null,
    actualYesNo: null,
    prior: null,
    reportedPct: null,
    note: "",
    estimate: false,
    cells: {},
    raw: {},
    ...over,
  };
}
