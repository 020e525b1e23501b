/**
 * The Excel adapter, loaded on a flow's first call: the pane's first screen paints without it
 * (and without the core modules it brings: table, rules, plan, charts, report, merge), and the
 * sheet status that follows at once fetches it. One place, so every flow loads the same chunk.
 */
export const loadExcel = () => import(/* webpackChunkName: "excel" */ "../../excel");
