import fc from "fast-check";
import type { NumberConvention } from "../../src/core/model";
import { formatNumber, parseNumber } from "../../src/core/numbers";

const convention = fc.constantFrom<NumberConvention>("vi", "en");

/**
 * What formatNumber shows: the value's shortest decimal string rounded half away from zero to
 * `decimals` (1.005 → 1.01 as a person reads it, where toFixed gives 1.00 from the binary value;
 * 607010876182.1675 → …,168), worked out on the digits here, apart from the code under test.
 */
function rounded(value: number, decimals: number): number {
  const text = String(Math.abs(value));
  if (text.includes("e")) return Math.abs(value) < 1 ? 0 : value; // < 1e-6 or ≥ 1e21: not in range
  const [int, frac = ""] = text.split(".");
  if (frac.length <= decimals) return value;
  const kept = BigInt(int + frac.slice(0, decimals)) + (Number(frac[decimals]) >= 5 ? 1n : 0n);
  const digits = kept.toString().padStart(decimals + 1, "0");
  const magnitude = Number(
    `${digits.slice(0, digits.length - decimals)}.${digits.slice(digits.length - decimals)}`,
  );
  return value < 0 ? -magnitude : magnitude;
}

describe("formatNumber → parseNumber round-trips", () => {
  it("gives back the rounded value in vi and en, for 0–3 decimals", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: 0, max: 3 }),
        convention,
        (value, decimals, conv) => {
          const text = formatNumber(value, conv, decimals);
          const back = parseNumber(text, conv);
          expect(back.kind).toBe("number");
          if (back.kind !== "number") return;
          expect(back.value).toBe(rounded(value, decimals) + 0);
          expect(back.wasText).toBe(true);
          expect(back.foreignDecimal).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("reads whole numbers back exactly and never as ambiguous", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        convention,
        (n, conv) => {
          const back = parseNumber(formatNumber(n, conv, 0), conv);
          expect(back).toMatchObject({ kind: "number", value: n + 0, ambiguous: null });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("reads a figure with two decimals back without ambiguity (6.794,12 / 6,794.12)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 1, max: 99 }),
        convention,
        (int, cents, conv) => {
          if (cents % 10 === 0) return; // "x,10" formats as "x,1"
          const value = int + cents / 100;
          const back = parseNumber(formatNumber(value, conv, 2), conv);
          expect(back).toMatchObject({ kind: "number", ambiguous: null });
          if (back.kind === "number") expect(back.value).toBeCloseTo(value, 6);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("parseNumber on anything", () => {
  const pieces = fc.constantFrom(
    "0",
    "1",
    "7",
    "12",
    "123",
    ".",
    ",",
    " ",
    "\u00A0",
    "\u202F",
    "\u2009",
    "-",
    "+",
    "\u2212",
    "\u2013",
    "(",
    ")",
    "%",
    "e",
    "E",
    "triệu",
    "tỷ",
    "nghìn",
    "million",
    "tấn",
    "đồng",
    "NaN",
    "Infinity",
    "x",
    "·",
  );
  const typed = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: "grapheme", maxLength: 20 }),
    fc.array(pieces, { maxLength: 12 }).map((ps) => ps.join("")),
  );

  it("never throws and never returns NaN or Infinity", () => {
    fc.assert(
      fc.property(typed, convention, (text, conv) => {
        const p = parseNumber(text, conv);
        if (p.kind === "number") {
          expect(Number.isFinite(p.value)).toBe(true);
          // Scale words multiply ("36 nghìn tỷ" = 36e12): the scale is a power of 1 000.
          expect(Number.isFinite(p.scale)).toBe(true);
          expect(10 ** (3 * Math.round(Math.log10(p.scale) / 3))).toBe(p.scale);
          if (p.ambiguous !== null) expect(Number.isFinite(p.ambiguous.alternative)).toBe(true);
        } else if (p.kind === "invalid") {
          expect(p.text).toBe(text);
        } else {
          expect(text.trim()).toBe("");
        }
      }),
      { numRuns: 5000 },
    );
  });

  it("reads a figure the same with spaces around it", () => {
    fc.assert(
      fc.property(typed, convention, (text, conv) => {
        const a = parseNumber(text, conv);
        const b = parseNumber(`  ${text}\u00A0`, conv);
        expect(b.kind).toBe(a.kind);
        if (a.kind === "number" && b.kind === "number") expect(b.value).toBe(a.value);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads (x) as the negative of x", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), convention, (value, conv) => {
        const text = formatNumber(value, conv, 2);
        const plain = parseNumber(text, conv);
        const bracketed = parseNumber(`(${text})`, conv);
        if (plain.kind !== "number" || bracketed.kind !== "number") throw new Error(`unread ${text}`);
        expect(bracketed.value).toBe(-plain.value + 0);
      }),
      { numRuns: 1000 },
    );
  });
});
