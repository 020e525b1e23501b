/** Every chart of the sheet, drawn at its position over the cells. */
import * as React from "react";
import type { SheetState, WorkbookState } from "../state";
import { formatValue } from "../numfmt";
import { ChartSvg } from "./ChartSvg";
import { toChartView } from "./chart-view";

export function ChartLayer(props: {
  state: WorkbookState;
  sheet: SheetState;
  yOrigin: number;
}): React.ReactElement {
  const { state, sheet, yOrigin } = props;
  const format = (v: number, code: string) => formatValue(v, code, state.locale);
  return (
    <>
      {sheet.charts.map((chart) => {
        const view = toChartView(state, chart);
        return (
          <div
            key={chart.id}
            className="wb-chart"
            data-chart={chart.name}
            style={{ left: view.left, top: view.top - yOrigin, width: view.width, height: view.height }}
            // Clicks on a chart do not select the cells under it.
            onMouseDown={(e) => e.stopPropagation()}
          >
            <ChartSvg chart={view} format={format} />
          </div>
        );
      })}
    </>
  );
}
