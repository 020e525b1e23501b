/**
 * Excel.RequestContext and Excel.run over a WorkbookState.
 */
import type { WorkbookState } from "../state";
import { ClientObject, RequestContextCore } from "./client";
import { Workbook } from "./workbook";

export class RequestContext extends RequestContextCore {
  readonly workbook: Workbook;

  constructor(state: WorkbookState, excelApi?: string) {
    super(state, excelApi);
    this.workbook = new Workbook(this);
  }
}

export type Batch<T> = (context: RequestContext) => Promise<T>;

/** Options accepted as Excel.run's first argument; the workbench has no cell-edit mode. */
export interface RunOptions {
  delayForCellEdit?: boolean;
  previousObjects?: ClientObject[];
}

/**
 * Excel.run(batch), Excel.run(object | objects | context, batch), Excel.run(options, batch):
 * runs the batch, then syncs once more. An object's context is reused (its proxies must be
 * tracked to be used again, as in Office.js).
 */
export function makeRun(state: WorkbookState, excelApi?: string) {
  return async function run<T>(
    first: Batch<T> | ClientObject | ClientObject[] | RequestContextCore | RunOptions,
    second?: Batch<T>,
  ): Promise<T> {
    const batch = typeof first === "function" ? first : second;
    if (!batch) throw new TypeError("Excel.run needs a batch function");
    let context: RequestContext | null = null;
    const reuse = (o: unknown): void => {
      if (o instanceof ClientObject && o._core instanceof RequestContext) context = o._core;
      else if (o instanceof RequestContext) context = o;
    };
    if (typeof first !== "function") {
      if (Array.isArray(first)) reuse(first[0]);
      else if (first instanceof ClientObject || first instanceof RequestContext) reuse(first);
      else if ("previousObjects" in first && first.previousObjects) reuse(first.previousObjects[0]);
    }
    const ctx: RequestContext = context ?? new RequestContext(state, excelApi);
    ctx.beginRun();
    const result = await batch(ctx);
    await ctx.sync();
    return result;
  };
}
