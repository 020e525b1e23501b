/**
 * The latest object of each kind a check makes, held until the next check makes its own.
 *
 * V8 compiles a function for the layouts (hidden classes) of the objects it reads, and holds what
 * that code relies on weakly: at a full garbage collection with no object of a check left, it
 * dropped the optimised code of the reader, the rules and computeRow ("deoptimization, reason:
 * weak objects" in --trace-deopt), and each check after a collection (the bench's runs, a task
 * pane's second check) ran unoptimised while V8 compiled it again on other threads. With the latest
 * object of each kind alive, the code stays: bench (a), alternated in one run, 44 → 31 ms median.
 * Cells made when the module loads were tried and did not serve: the objects kept are the latest a
 * check made.
 *
 * Only small objects are kept: one row, one cell, one result, and the reader and checker of the
 * last table (readTable's reader lets go of the grid and options it read: TableReader.release).
 */
export const latest: {
  reader: object | null;
  checker: object | null;
  row: object | null;
  cell: object | null;
  result: object | null;
} = { reader: null, checker: null, row: null, cell: null, result: null };
