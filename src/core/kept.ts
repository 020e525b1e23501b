/**
 * The latest object of each kind a check makes, held until the next check makes its own.
 *
 * V8 compiles a function for the layouts (hidden classes) of the objects it reads. At a full
 * garbage collection, a layout that no object has any more is forgotten, and so is the optimised
 * code of every function that expected it: each check after a collection (the bench's runs, a
 * task pane's second check) ran unoptimised until V8 had compiled it again, on other threads
 * meanwhile (bench (a), alternated in one run: 44 → 31 ms median). One object of each kind kept alive keeps its layout and the
 * code. An object made when the module loads does not serve: the layouts move on while the first
 * checks run (which values each field holds).
 *
 * Only small objects are kept: one row, one cell, one result, and the reader and checker of the
 * last table, which let go of its grid when they are done (TableReader.read, checkTable).
 */
export const latest: {
  reader: object | null;
  checker: object | null;
  row: object | null;
  cell: object | null;
  result: object | null;
} = { reader: null, checker: null, row: null, cell: null, result: null };
