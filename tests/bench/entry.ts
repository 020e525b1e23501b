/** What the benchmark measures, bundled by esbuild into one CommonJS file (see run.mjs). */
export { readTable } from "../../src/core/table";
export { checkTable } from "../../src/core/rules";
export { templateSheet } from "../../src/core/templates";
export { DEFAULT_SETTINGS } from "../../src/core/model";
export { sheetPlanWorkbook } from "../../src/cli/xlsx-write";
export { benchGrid, benchTable } from "./grid";
