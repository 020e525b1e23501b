/**
 * The long inputs the old trims and parsers backtracked on, shared by what checks their results
 * (tests/core/long-cells.test.ts, tests/hostile/fuzz.property.test.ts) and what times them
 * (tests/bench/hostile.bench.mjs).
 */

/** A flat string (as a file reader gives), not a rope that a first access would copy. */
export function flat(unit: string, length: number, head = "", tail = ""): string {
  return Buffer.from(
    head + unit.repeat(Math.ceil(length / unit.length)).slice(0, length) + tail,
    "utf8",
  ).toString("utf8");
}

/** A 1 MB cell of each of these: once seconds to minutes through backtracking expressions. */
export const LONG_CELL_UNITS: Record<string, string> = {
  spaces: " ",
  dots: ".",
  commas: ",",
  colons: ":",
  punctuation: ".!?…",
  parens: "(",
  nbsp: "\u00a0",
  digits: "1",
  words: "tỷ ",
};

/** Runs of these (up to 40 000 characters) are the fuzz property's worst inputs. */
export const RUN_UNITS: readonly string[] = [
  " ",
  ".",
  ",",
  ":",
  "(",
  ")",
  "%",
  "1",
  "1.",
  "tỷ ",
  "nghìn ",
  "\u00a0",
  "-",
  "…",
  "rưỡi ",
];
