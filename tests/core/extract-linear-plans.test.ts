/**
 * The plan of money a figure spends ("Tổng kế hoạch vốn … là 5.836,2 tỷ đồng. … đã giải ngân 4.392,7
 * tỷ đồng") is looked up once per money figure. Scanned over every earlier draft, a long paste of
 * money ("thu 5 tỷ đồng, " × 1 000) was quadratic (7.5× the time on 4× the text). Counted, not timed:
 * the drafts looked at over all asks, on N and on 4N figures; and the answer is lastDraft's under the
 * changes a draft meets after it is made (a unit or an actual set, a name lengthened, a running
 * total's rename of an increment).
 */
import fc from "fast-check";
import { extractIndicators } from "../../src/core/extract";
import { asDraft, type Draft, lastDraft, lastDraftCursor } from "../../src/core/extract-drafts";

const planName = (name: string): boolean => /^(?:tổng\s+)?kế hoạch\s+vốn(?:\s+\p{L}+){0,2}$/iu.test(name);

function draft(name: string, unit: string, actual: number | null, increment: boolean): Draft {
  return asDraft({
    name,
    unit,
    kind: "quantity",
    actual,
    source: { start: 0, end: 0 },
    sentence: 0,
    head: "",
    lead: "",
    increment,
    changeOnly: false,
    doubts: [],
  });
}

describe("the last plan of money before each figure", () => {
  /** Drafts looked at (by the name test or in full) over one ask per figure, `figures` money figures. */
  function looks(figures: number): number {
    const drafts: Draft[] = [draft("Tổng kế hoạch vốn đầu tư", "tỷ đồng", 900, false)];
    let count = 0;
    const ask = lastDraftCursor(drafts, (name) => {
      count++;
      return planName(name);
    });
    for (let k = 0; k < figures; k++) {
      const found = ask((d) => {
        count++;
        return planName(d.name) && d.unit === "tỷ đồng" && d.actual !== null;
      });
      expect(found?.actual).toBe(900);
      drafts.push(draft("Thu", "tỷ đồng", 5, false));
    }
    return count;
  }

  it("looks at no more drafts on four times the figures than four times as many", () => {
    const small = looks(250);
    expect(looks(1000)).toBeLessThanOrEqual(4 * small + 10);
  });

  it("answers as a scan of every earlier draft does, whatever a draft meets after it is made", () => {
    const NAMES = ["Thu", "Giải ngân", "Tổng kế hoạch vốn", "Kế hoạch vốn đầu tư", "Kế hoạch", "Chi"];
    const UNITS = ["tỷ đồng", "triệu đồng", "xã"];
    const op = fc.oneof(
      fc.record({
        kind: fc.constant("push" as const),
        name: fc.constantFrom(...NAMES),
        unit: fc.constantFrom(...UNITS),
        actual: fc.option(fc.integer({ min: 1, max: 9 })),
        increment: fc.boolean(),
      }),
      fc.record({ kind: fc.constant("unit" as const), at: fc.nat(), unit: fc.constantFrom(...UNITS) }),
      fc.record({ kind: fc.constant("actual" as const), at: fc.nat(), actual: fc.option(fc.integer()) }),
      fc.record({
        kind: fc.constant("lengthen" as const),
        at: fc.nat(),
        tail: fc.constantFrom("đã", "được giao"),
      }),
      // raisedTotal: only an increment is renamed, and is one no more.
      fc.record({ kind: fc.constant("raise" as const), at: fc.nat(), name: fc.constantFrom(...NAMES) }),
      fc.record({ kind: fc.constant("ask" as const), unit: fc.constantFrom(...UNITS) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const drafts: Draft[] = [];
        const ask = lastDraftCursor(drafts, planName);
        for (const o of ops) {
          const d =
            drafts.length === 0 || o.kind === "push" || o.kind === "ask"
              ? undefined
              : drafts[o.at % drafts.length];
          if (o.kind === "push") drafts.push(draft(o.name, o.unit, o.actual, o.increment));
          else if (o.kind === "ask") {
            const ok = (x: Draft): boolean => planName(x.name) && x.unit === o.unit && x.actual !== null;
            expect(ask(ok)).toBe(lastDraft(drafts, ok));
          } else if (d === undefined) continue;
          else if (o.kind === "unit") d.unit = o.unit;
          else if (o.kind === "actual") d.actual = o.actual;
          else if (o.kind === "lengthen") d.name = `${d.name} ${o.tail}`;
          else if (d.increment) {
            d.name = o.name;
            d.increment = false;
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it("still names money spent by the plan stated before it", () => {
    const got = extractIndicators(
      "Tổng kế hoạch vốn đầu tư công năm 2026 là 5.836,2 tỷ đồng. Đến ngày 31/12, thu ngân sách 120 tỷ đồng, đã giải ngân 4.392,7 tỷ đồng.",
      "vi",
    );
    expect(got.map((p) => [p.name, p.actual])).toEqual([
      ["Tổng kế hoạch vốn đầu tư công", 5836.2],
      ["Thu ngân sách", 120],
      ["Vốn đầu tư công đã giải ngân", 4392.7],
    ]);
  });
});
