/**
 * Issue 15 item 7: the readers and parsers on any input (long runs of the characters the old trims
 * backtracked on included): no throw, no NaN or Infinity, and an invalid figure's text cut to what
 * a message quotes. The time per cell on the worst of these runs is a line of `npm run bench`
 * (tests/bench/hostile.bench.mjs), not an assertion here.
 */
import fc from "fast-check";
import { parseCsv } from "../../src/cli/csv";
import { decodeCsv } from "../../src/cli/sniff";
import { matchHeader } from "../../src/core/headers";
import { cellWriteOf, literalCellValue } from "../../src/core/literal";
import { parseNumber } from "../../src/core/numbers";
import { parseTarget } from "../../src/core/targets";
import { MAX_QUOTED_CHARS } from "../../src/core/trim";
import { RUN_UNITS } from "./payloads";

/** Text people type, plus long runs of spaces, marks and brackets. */
const cellText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc
    .tuple(fc.constantFrom(...RUN_UNITS), fc.integer({ min: 0, max: 40_000 }), fc.string({ maxLength: 4 }))
    .map(([unit, n, tail]) => unit.repeat(n) + tail),
);

test("parseNumber: a finite number, empty or invalid with its text cut for the message", () => {
  fc.assert(
    fc.property(cellText, fc.constantFrom("vi" as const, "en" as const), (text, convention) => {
      const p = parseNumber(text, convention);
      if (p.kind === "invalid") expect(p.text.length).toBeLessThanOrEqual(MAX_QUOTED_CHARS);
      if (p.kind === "number") {
        expect(Number.isFinite(p.value)).toBe(true);
        expect(Number.isFinite(p.scale)).toBe(true);
      }
    }),
  );
});

test("parseTarget and matchHeader: no throw, finite figures", () => {
  fc.assert(
    fc.property(cellText, fc.constantFrom("tỷ đồng", "%", "người", ""), (text, unit) => {
      const t = parseTarget(text, "vi", unit);
      expect(() => matchHeader(text)).not.toThrow();
      const target = t.target;
      if (target?.kind === "value") expect(Number.isFinite(target.value)).toBe(true);
      if (target?.kind === "limit") expect(Number.isFinite(target.bound)).toBe(true);
      if (target?.kind === "range")
        expect(Number.isFinite(target.lo) && Number.isFinite(target.hi)).toBe(true);
    }),
  );
});

test("parseCsv and decodeCsv: any bytes give rows of text or empty cells, and line numbers in order", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
      const { text } = decodeCsv(bytes);
      const grid = parseCsv(text);
      expect(grid.rows.length).toBe(grid.lines.length);
      for (const row of grid.rows)
        for (const c of row) expect(c === null || typeof c === "string").toBe(true);
      for (let i = 1; i < grid.lines.length; i++) expect(grid.lines[i]!).toBeGreaterThan(grid.lines[i - 1]!);
    }),
  );
});

test("literalCellValue: no text is ever written as a formula, and every text comes back as itself", () => {
  fc.assert(
    fc.property(fc.string({ unit: "binary", maxLength: 30 }), (text) => {
      const w = cellWriteOf(literalCellValue(text));
      expect(w).toMatchObject({ kind: "text", text });
    }),
  );
});

test("parseNumber: a figure unreadable after 80 spaces is quoted cut, not whole", () => {
  // Found by the property above (seed -1730407050): the text reached the message uncut.
  const p = parseNumber(`${" ".repeat(80)}:`, "vi");
  expect(p).toEqual({ kind: "invalid", text: `${" ".repeat(79)}…` });
});
