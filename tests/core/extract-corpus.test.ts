/**
 * Extraction measured on paragraphs written for this purpose (tests/extract-corpus, see its
 * README for the history of the split and the matching rule). The "tune", "heldout1" … "heldout6"
 * paragraphs have been seen and tuned on: each held-out set was measured once blind and then used for
 * tuning (heldout-2.json and heldout-3.json since 2026-12-05, heldout-4.json, heldout-5.json and
 * heldout-6.json since 2026-12-06: each file says `tunedSince`).
 * Any other split (a held-out set written later) is measured here as held out.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { extractIndicators, isSure, proposalToRow, type Proposal } from "../../src/core/extract";
import { halfOf, REPORTED, TUNED, UNOPENED } from "../../scripts/corpus-splits";
import { type CorpusKey, matchesKey, pairUp, same } from "./corpus-match";

type Expected = CorpusKey;

interface Paragraph {
  id: string;
  /**
   * "heldout1": held out until it was measured (0.901 / 0.936), tuned on since.
   * "heldout2": written by an examiner who had not read the extractor, keys committed before the
   * first run (0.837 / 0.816); tuned on since 2026-12-05.
   * "heldout3": the same, first run 0.810 / 0.801; tuned on since 2026-12-05.
   * "heldout4": the same, first run 0.829 / 0.841; tuned on since 2026-12-06.
   * "heldout5": the same, first run 0.788 / 0.788; tuned on since 2026-12-06 (odd half first).
   * "heldout6": the same, first run 0.891 / 0.870; tuned on since 2026-12-06 (odd half first).
   * Any other split: a held-out set, not tuned on.
   */
  split: string;
  text: string;
  indicators: Expected[];
  file?: string;
}

const DIR = join(__dirname, "..", "extract-corpus");
const paragraphs: Paragraph[] = readdirSync(DIR)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .flatMap((f) =>
    (JSON.parse(readFileSync(join(DIR, f), "utf8")) as { paragraphs: Paragraph[] }).paragraphs.map((p) => ({
      ...p,
      file: f,
    })),
  );

interface Scored {
  paragraph: Paragraph;
  proposals: Proposal[];
  pairs: [Proposal, Expected][];
}

function scoreParagraph(paragraph: Paragraph): Scored {
  const proposals = extractIndicators(paragraph.text, "vi");
  return { paragraph, proposals, pairs: pairUp(proposals, paragraph.indicators).pairs };
}

function summary(scored: Scored[]): { precision: number; recall: number; line: string } {
  const tp = scored.reduce((n, s) => n + s.pairs.length, 0);
  const proposed = scored.reduce((n, s) => n + s.proposals.length, 0);
  const expected = scored.reduce((n, s) => n + s.paragraph.indicators.length, 0);
  const precision = proposed === 0 ? 1 : tp / proposed;
  const recall = expected === 0 ? 1 : tp / expected;
  return {
    precision,
    recall,
    line: `${scored.length} paragraphs: ${tp} matched, ${proposed} proposed, ${expected} expected → precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`,
  };
}

/** Stated percentages, totals and estimates of matched indicators that the proposal got wrong. */
function wrongStated(scored: Scored[]): { checked: number; wrong: string[] } {
  const wrong: string[] = [];
  let checked = 0;
  for (const s of scored) {
    for (const [p, e] of s.pairs) {
      const check = (field: string, want: number | undefined, got: number | null): void => {
        if (want === undefined) return;
        checked++;
        if (got === null || !same(want, got))
          wrong.push(`${s.paragraph.id} ${e.name} ${field}: ${got} ≠ ${want}`);
      };
      check("pctPlan", e.pctPlan, p.pctPlan);
      check("pctPrior", e.pctPrior, p.pctPrior);
      check("changePct", e.changePct, p.changePct);
      check("total", e.total, p.total);
      check("stretch", e.stretch, p.stretch);
      if (e.estimate === true) {
        checked++;
        if (!p.estimate) wrong.push(`${s.paragraph.id} ${e.name}: estimate`);
      }
    }
  }
  return { checked, wrong };
}

/** Matched proposals whose derived KH or CK does not give the printed percentage back. */
function derivedDrift(sets: Scored[]): { checked: number; drift: string[] } {
  const shownDecimals = (v: number): number => (String(v).split(".")[1] ?? "").length;
  const backTo = (value: number, printed: number): boolean => {
    const k = 10 ** shownDecimals(printed);
    return Math.round(value * k) / k === printed || Math.trunc(value * k) / k === printed;
  };
  const drift: string[] = [];
  let checked = 0;
  for (const s of sets) {
    for (const [p] of s.pairs) {
      if (p.actual === null || p.unit === "%") continue;
      const row = proposalToRow(p);
      if (p.pctPlan !== null && typeof row.plan === "number") {
        checked++;
        if (!backTo((p.actual / row.plan) * 100, p.pctPlan)) drift.push(`${p.name}: KH ${row.plan}`);
      }
      if (typeof row.prior === "number") {
        checked++;
        const ok =
          p.pctPrior !== null
            ? backTo((p.actual / row.prior) * 100, p.pctPrior)
            : p.changePct !== null &&
              backTo(((p.actual - row.prior) / Math.abs(row.prior)) * 100, p.changePct);
        if (!ok) drift.push(`${p.name}: CK ${row.prior}`);
      }
    }
  }
  return { checked, drift };
}

/** What went wrong on a paragraph: misses and extra proposals, for tuning. */
function misses(s: Scored): string[] {
  const got = new Set(s.pairs.map(([p]) => p));
  const found = new Set(s.pairs.map(([, e]) => e));
  return [
    ...s.paragraph.indicators
      .filter((e) => !found.has(e))
      .map((e) => `${s.paragraph.id} missed: ${e.name} ${e.actual ?? e.plan} ${e.unit}`),
    ...s.proposals
      .filter((p) => !got.has(p))
      .map((p) => `${s.paragraph.id} extra: ${p.name} | ${p.actual ?? p.planText} ${p.unit}`),
  ];
}

// The splits (TUNED: tuned on as a whole; PARITY_SPLIT: odd half tuned on, even half held out) are
// in scripts/corpus-splits.ts, which the training scripts read too.
const all = paragraphs.map(scoreParagraph);
/** The paragraphs tuned on; the assertions that keep what tuning reached use these only. */
const scored = all.filter((s) => TUNED.has(s.paragraph.split));
/** The first tuning half and held-out 1, tuned on longest: kept at 0.97 and more. */
const firstSets = scored.filter((s) => ["tune", "heldout1"].includes(s.paragraph.split));
const heldout1 = scored.filter((s) => s.paragraph.split === "heldout1");
const heldout2 = all.filter((s) => s.paragraph.split === "heldout2");
const heldout3 = all.filter((s) => s.paragraph.split === "heldout3");
const heldout4 = all.filter((s) => s.paragraph.split === "heldout4");
const heldout5 = all.filter((s) => s.paragraph.split === "heldout5");
const heldout6 = all.filter((s) => s.paragraph.split === "heldout6");
/**
 * The tuning sets the pre-tick floors below were set on (all but held-out 5 and 6, whose ticks are
 * held to floors of their own: see their blocks).
 */
const tickedSets = scored.filter((s) => !["heldout5", "heldout6"].includes(s.paragraph.split));
/**
 * Held-out sets written together on 2026-12-06 (held-out 7 … 10, four examiners, blind), each split
 * once by the parity of its paragraph number: the odd half ("heldout7-odd") may be tuned on, the
 * even half ("heldout7-even") stays held out. An even half's misses are never printed, only its
 * figures, so that nobody tunes on it by reading a test log (halfOf names the halves).
 *
 * Held-out 11 … 13 (written blind on 2026-12-06 by three more examiners, README item 16) are split by
 * parity like 7 … 10; their odd halves were opened for tuning on 2026-12-07 (README item 18).
 * Held-out 14 … 16 (written blind on 2026-12-07, README item 19) are split the same way; their odd
 * halves were opened for tuning after the first run. A set listed here would have neither half's
 * misses printed and both halves left unmeasured under CHITIEU_TUNING=1 (UNOPENED, in
 * scripts/corpus-splits.ts, so that no model trains on them either). Held-out 17 … 25 were, until
 * their first run was recorded; 26 … 28 were (README item 24), 29 … 34 until their second
 * first-run figures were recorded (README item 28), 35 … 40 likewise (README item 32), 41 … 49 likewise (README item 36), 50 … 57 likewise
 * (README item 40).
 */
const isEvenHalf = (split: string): boolean => split.endsWith("-even");
/**
 * A half whose misses nobody may read: an even half not yet reported, or either half of a set not yet
 * opened.
 */
const isBlind = (split: string): boolean => {
  const set = split.replace(/-(?:odd|even)$/u, "");
  return (isEvenHalf(split) && !REPORTED.has(set)) || UNOPENED.has(set);
};
/** Held-out sets (and odd halves) not in TUNED, by split or half. */
const heldOut = new Map<string, Scored[]>();
for (const s of all) {
  if (TUNED.has(s.paragraph.split)) continue;
  const half = halfOf(s.paragraph);
  heldOut.set(half, [...(heldOut.get(half) ?? []), s]);
}
const byFile = [...new Set(scored.map((s) => s.paragraph.file))].map(
  (f) => `${f}: ${summary(scored.filter((s) => s.paragraph.file === f)).line}`,
);

/**
 * Wrong proposals pre-ticked over all tuning sets: what confidence has not caught yet. 3 of 13 at the
 * end of tuning on held-out 3; 9 of 26 with held-out 4 (6 of its 13 wrong, 4 of them the right
 * figure under a unit its key writes otherwise: "căn" / "căn nhà", "suất" / "suất quà"); 5 of 18
 * once those units were keyed one way (README item 14).
 */
const TICKED_WRONG_MAX = 5;

describe("extraction on the corpus of fresh paragraphs", () => {
  it("holds at least 100 tuning paragraphs, each id once", () => {
    expect(scored.length).toBeGreaterThanOrEqual(100);
    expect(new Set(paragraphs.map((p) => p.id)).size).toBe(paragraphs.length);
  });

  // Every paragraph here is a tuning paragraph; the goal (≥ 0.95 each) is met on a set held out
  // of the repository, these floors keep what tuning reached.
  it("keeps precision and recall ≥ 0.97 on the first tuning half and held-out 1", () => {
    const tuning = summary(firstSets);
    console.log(
      `extract corpus, all (tuning): ${summary(scored).line}\n  first tuning half and held-out 1: ${tuning.line}\n  of which held-out 1: ${summary(heldout1).line}\n  held-out 2 (tuned since 2026-12-05): ${summary(heldout2).line}\n  ${byFile.join("\n  ")}\n  ${scored.flatMap(misses).join("\n  ")}`,
    );
    expect(tuning.precision).toBeGreaterThanOrEqual(0.97);
    expect(tuning.recall).toBeGreaterThanOrEqual(0.97);
  });

  it("gets the stated percentages, totals and estimates of matched indicators right", () => {
    expect(wrongStated(firstSets).wrong).toEqual([]);
  });

  it("derives KH and CK that give the printed percentage back within its last digit", () => {
    const { checked, drift } = derivedDrift(scored);
    expect(checked).toBeGreaterThanOrEqual(30);
    expect(drift).toEqual([]);
  });

  it("pre-ticks at least 93% of the proposals that match an expected indicator, and few wrong ones", () => {
    const matched = tickedSets.flatMap((s) => s.pairs.map(([p]) => p));
    const inMatch = new Set(matched);
    const extra = tickedSets.flatMap((s) => s.proposals.filter((p) => !inMatch.has(p)));
    const sure = matched.filter((p) => isSure(p)).length / matched.length;
    console.log(
      `extract corpus, confident: ${matched.filter((p) => isSure(p)).length}/${matched.length} matched, ${extra.filter((p) => isSure(p)).length}/${extra.length} extra\n  unticked right: ${matched
        .filter((p) => !isSure(p))
        .map(
          (p) => `${p.name} (${p.confidence.level === "khong_chac" ? p.confidence.reasons.join(", ") : ""})`,
        )
        .join("; ")}\n  ticked wrong: ${extra
        .filter((p) => isSure(p))
        .map((p) => `${p.name} | ${p.actual ?? p.planText} ${p.unit}`)
        .join("; ")}`,
    );
    // 0.95 before tuning on held-out 3; the names it recovers from another clause (a topic before a
    // colon, what the count before was for) are unticked by design, so the floor was 0.94 (1026 of
    // 1091 on 2026-12-06). The learnt chooser of 2026-12-07 finds 6 more right names, each unticked
    // by design, and the pre-ticked right ones stayed 1026: 1026 of 1097, so the floor is 0.93.
    expect(sure).toBeGreaterThanOrEqual(0.93);
    // Before reason-coded confidence, 27 of the 32 wrong proposals on held-out 2 were pre-ticked;
    // after tuning on it, 0 of 2 wrong proposals over the tuning sets. Held-out 3 then had 29 of
    // its 49 wrong proposals pre-ticked, blind; 11 of 39 over all tuning sets after the first fixes
    // and the cues of a cut name (a bracket, "… đến", a name that starts with "ở"); 8 of 29 after the
    // units and names that followed; 3 of 14 at the end of tuning on held-out 3.
    expect(extra.filter((p) => isSure(p)).length).toBeLessThanOrEqual(TICKED_WRONG_MAX);
  });
});

/** Precision, recall, stated-figure agreement, ticks and derived-figure drift of a set, printed. */
function measure(
  label: string,
  sets: Scored[],
  printMisses = true,
): {
  m: ReturnType<typeof summary>;
  agreement: number;
  derived: ReturnType<typeof derivedDrift>;
} {
  const m = summary(sets);
  const stated = wrongStated(sets);
  const agreement = stated.checked === 0 ? 1 : 1 - stated.wrong.length / stated.checked;
  const matched = new Set(sets.flatMap((s) => s.pairs.map(([p]) => p)));
  const extra = sets.flatMap((s) => s.proposals.filter((p) => !matched.has(p)));
  const ticked = (ps: Iterable<Proposal>): number => [...ps].filter((p) => isSure(p)).length;
  const derived = derivedDrift(sets);
  console.log(
    `extract corpus, ${label}: ${m.line}; stated figures ${stated.checked - stated.wrong.length}/${stated.checked} → agreement ${agreement.toFixed(3)}; pre-ticked ${ticked(matched)}/${matched.size} matched, ${ticked(extra)}/${extra.length} extra; derived KH/CK off the printed % ${derived.drift.length}/${derived.checked}${printMisses ? `\n  ${[...sets.flatMap(misses), ...stated.wrong, ...derived.drift].join("\n  ")}` : ""}`,
  );
  return { m, agreement, derived };
}

// First run on held-out 2 (2026-12-05, extractor at 6c2a3c8, blind): 164 matched, 196 proposed,
// 201 expected → precision 0.837, recall 0.816; stated figures 58/61 → 0.951. It has been tuned on
// since (tunedSince in its file): after tuning the same day, 201 matched, 202 proposed → 0.995 /
// 1.000, stated figures 67/67. These floors (tuned − 0.01) keep what tuning reached; they measure
// nothing held out.
const PRECISION_FLOOR = 0.985;
const RECALL_FLOOR = 0.98;
const AGREEMENT_FLOOR = 0.98;

describe("extraction on held-out 2 (heldout-2.json, tuned on since 2026-12-05)", () => {
  it("is a set of at least 40 paragraphs and 150 indicators", () => {
    expect(heldout2.length).toBeGreaterThanOrEqual(40);
    expect(heldout2.reduce((n, s) => n + s.paragraph.indicators.length, 0)).toBeGreaterThanOrEqual(150);
  });

  it("keeps precision, recall and stated-percentage agreement on held-out 2", () => {
    const { m, agreement, derived } = measure("held-out 2 (tuned since 2026-12-05)", heldout2);
    expect(m.precision).toBeGreaterThanOrEqual(PRECISION_FLOOR);
    expect(m.recall).toBeGreaterThanOrEqual(RECALL_FLOOR);
    expect(agreement).toBeGreaterThanOrEqual(AGREEMENT_FLOOR);
    // Derived KH and CK gave every printed percentage back on the first run (0/44 off).
    expect(derived.checked).toBeGreaterThanOrEqual(40);
    expect(derived.drift).toEqual([]);
  });
});

// Held-out 3 (heldout-3.json), measured once blind by the integrator on 2026-12-05 after the tuning on
// held-out 2 landed: 209 matched, 258 proposed, 261 expected → 0.810 / 0.801, stated figures 57/57,
// derived 0/40 off, 29 of the 49 wrong proposals pre-ticked. Tuned on since (tunedSince in its file):
// after tuning the same day, 248 matched, 259 proposed → 0.958 / 0.950, stated 62/62, derived 0/43
// off, 3 of 11 wrong pre-ticked. These floors (tuned − 0.01) keep what tuning reached; they measure
// nothing held out. 2026-12-07 (branch names3, names of counts said by their unit alone): 254 → 256
// matched, 259 proposed → 0.988 / 0.981.
const H3_PRECISION_FLOOR = 0.978;
const H3_RECALL_FLOOR = 0.971;

describe("extraction on held-out 3 (heldout-3.json, tuned on since 2026-12-05)", () => {
  it("is a set of at least 45 paragraphs and 250 indicators", () => {
    expect(heldout3.length).toBeGreaterThanOrEqual(45);
    expect(heldout3.reduce((n, s) => n + s.paragraph.indicators.length, 0)).toBeGreaterThanOrEqual(250);
  });

  it("keeps precision, recall, stated figures and derived KH/CK on held-out 3", () => {
    const { m, agreement, derived } = measure("held-out 3 (tuned since 2026-12-05)", heldout3);
    expect(m.precision).toBeGreaterThanOrEqual(H3_PRECISION_FLOOR);
    expect(m.recall).toBeGreaterThanOrEqual(H3_RECALL_FLOOR);
    expect(agreement).toBe(1);
    expect(derived.checked).toBeGreaterThanOrEqual(40);
    expect(derived.drift).toEqual([]);
  });
});

// Held-out 4 (heldout-4.json), measured once blind by the integrator on 2026-12-05 after the tuning on
// held-out 3 merged: 232 matched, 280 proposed, 276 expected → 0.829 / 0.841, stated figures 57/59,
// derived 0/46 off, 36 of the 48 wrong proposals pre-ticked. Tuned on since 2026-12-06 (tunedSince in
// its file), split once: the clause model was built looking at the odd paragraphs only (0.791 / 0.827
// → 0.956 / 0.977), the even half was then measured once (0.872 / 0.860, from 0.865 / 0.853 before
// the work) and tuned on after. End of tuning: 265 matched, 278 proposed → 0.953 / 0.960, 6 of 13
// wrong pre-ticked. These floors (tuned − 0.02) keep what tuning reached; they measure nothing held out.
const H4_PRECISION_FLOOR = 0.933;
const H4_RECALL_FLOOR = 0.94;
const H4_AGREEMENT_FLOOR = 0.98;

describe("extraction on held-out 4 (heldout-4.json, tuned on since 2026-12-06)", () => {
  it("is a set of at least 45 paragraphs and 250 indicators", () => {
    expect(heldout4.length).toBeGreaterThanOrEqual(45);
    expect(heldout4.reduce((n, s) => n + s.paragraph.indicators.length, 0)).toBeGreaterThanOrEqual(250);
  });

  it("keeps precision, recall, stated figures and derived KH/CK on held-out 4", () => {
    const { m, agreement, derived } = measure("held-out 4 (tuned since 2026-12-06)", heldout4);
    expect(m.precision).toBeGreaterThanOrEqual(H4_PRECISION_FLOOR);
    expect(m.recall).toBeGreaterThanOrEqual(H4_RECALL_FLOOR);
    expect(agreement).toBeGreaterThanOrEqual(H4_AGREEMENT_FLOOR);
    expect(derived.checked).toBeGreaterThanOrEqual(40);
    expect(derived.drift).toEqual([]);
  });
});

// Held-out 5 (heldout-5.json), measured once blind by the integrator on 2026-12-06: 230 matched, 292
// proposed, 292 expected → 0.788 / 0.788, stated 58/59, derived 0/42 off, 36 of the 62 wrong proposals
// pre-ticked. Tuned on since 2026-12-06 (tunedSince in its file), split once by parity: odd half
// 0.767 / 0.772 → 0.931 / 0.924 looking at it alone; the even half then measured once, blind, at
// 0.815 / 0.810 (0.808 / 0.803 before the work); after tuning on all of it 265 matched, 287 proposed →
// 0.923 / 0.908, stated 61/61, derived 0/43 off, 12 of 22 wrong pre-ticked, 228 of 265 right
// pre-ticked. These floors (tuned − 0.02) keep what tuning reached; they measure nothing held out.
// 2026-12-07 (branch names3, names of counts and money said by their unit or verb alone, with the
// name chooser retrained): 271 → 274 matched, 286 proposed → 0.958 / 0.938.
const H5_PRECISION_FLOOR = 0.938;
const H5_RECALL_FLOOR = 0.918;
const H5_TICKED_RIGHT_FLOOR = 0.84;
const H5_TICKED_WRONG_MAX = 8;

describe("extraction on held-out 5 (heldout-5.json, tuned on since 2026-12-06)", () => {
  it("is a set of at least 45 paragraphs and 250 indicators", () => {
    expect(heldout5.length).toBeGreaterThanOrEqual(45);
    expect(heldout5.reduce((n, s) => n + s.paragraph.indicators.length, 0)).toBeGreaterThanOrEqual(250);
  });

  it("keeps precision, recall, stated figures, derived KH/CK and pre-ticks on held-out 5", () => {
    const { m, agreement, derived } = measure("held-out 5 (tuned since 2026-12-06)", heldout5);
    expect(m.precision).toBeGreaterThanOrEqual(H5_PRECISION_FLOOR);
    expect(m.recall).toBeGreaterThanOrEqual(H5_RECALL_FLOOR);
    expect(agreement).toBe(1);
    expect(derived.checked).toBeGreaterThanOrEqual(40);
    expect(derived.drift).toEqual([]);
    const matched = heldout5.flatMap((s) => s.pairs.map(([p]) => p));
    const inMatch = new Set(matched);
    const extra = heldout5.flatMap((s) => s.proposals.filter((p) => !inMatch.has(p)));
    expect(matched.filter((p) => isSure(p)).length / matched.length).toBeGreaterThanOrEqual(
      H5_TICKED_RIGHT_FLOOR,
    );
    // 36 of 62 wrong proposals pre-ticked on the blind run.
    expect(extra.filter((p) => isSure(p)).length).toBeLessThanOrEqual(H5_TICKED_WRONG_MAX);
  });
});

// Held-out 6 (heldout-6.json), measured once blind by the integrator on 2026-12-06: 188 matched, 211
// proposed, 216 expected → 0.891 / 0.870, stated 44/45, derived 0/27 off, 12 of the 23 wrong proposals
// pre-ticked. Tuned on since 2026-12-06 (tunedSince in its file), split once by parity: odd half 0.930
// / 0.898 → 1.000 / 1.000 looking at it alone; the even half then measured once, blind, at 0.856 /
// 0.847 (0.845 / 0.837 before the work); after tuning on all of it: see H6_* below and the corpus
// README item 14. These floors (tuned − 0.01) keep what tuning reached; they measure nothing held out.
const H6_PRECISION_FLOOR = 0.972;
const H6_RECALL_FLOOR = 0.976;
const H6_TICKED_RIGHT_FLOOR = 0.87;
const H6_TICKED_WRONG_MAX = 3;

describe("extraction on held-out 6 (heldout-6.json, tuned on since 2026-12-06)", () => {
  it("is a set of at least 40 paragraphs and 200 indicators", () => {
    expect(heldout6.length).toBeGreaterThanOrEqual(40);
    expect(heldout6.reduce((n, s) => n + s.paragraph.indicators.length, 0)).toBeGreaterThanOrEqual(200);
  });

  it("keeps precision, recall, stated figures, derived KH/CK and pre-ticks on held-out 6", () => {
    const { m, derived } = measure("held-out 6 (tuned since 2026-12-06)", heldout6);
    expect(m.precision).toBeGreaterThanOrEqual(H6_PRECISION_FLOOR);
    expect(m.recall).toBeGreaterThanOrEqual(H6_RECALL_FLOOR);
    // Every stated figure right: h6-24's 112 medals (matched since the learnt name chooser names them
    // from the sentence's subject) carry their % KH since "vượt 12% chỉ tiêu" after the bracket of
    // their parts goes to the whole, not to the bracket's last part ("43 đồng") as before.
    expect(wrongStated(heldout6).wrong).toEqual([]);
    expect(derived.checked).toBeGreaterThanOrEqual(25);
    expect(derived.drift).toEqual([]);
    const matched = heldout6.flatMap((s) => s.pairs.map(([p]) => p));
    const inMatch = new Set(matched);
    const extra = heldout6.flatMap((s) => s.proposals.filter((p) => !inMatch.has(p)));
    expect(matched.filter((p) => isSure(p)).length / matched.length).toBeGreaterThanOrEqual(
      H6_TICKED_RIGHT_FLOOR,
    );
    // 12 of 23 wrong proposals pre-ticked on the blind run.
    expect(extra.filter((p) => isSure(p)).length).toBeLessThanOrEqual(H6_TICKED_WRONG_MAX);
  });
});

// Held-out sets written after the last tuning (any split not in TUNED): measured, not tuned on.
// Whoever tunes on one adds its split to TUNED, notes it in its file and the README, and writes a
// new held-out set first.
// First blind run of each held-out set (goal 0.95 each): the floor sits 0.02 below it, to catch a
// regression without tuning on the set. A set with no entry here is measured with no floor but
// that of 0.02.
// (Held-out 4's first run, 0.829 / 0.841, stood here until it was tuned on: see above.)
// (Held-out 5's first run, 0.788 / 0.788, stood here until it was tuned on: see above.)
// (Held-out 6's first run, 0.891 / 0.870, measured once, blind, on 2026-12-06 after the tuning on
// held-out 5 merged: 188 matched, 211 proposed, 216 expected; it stood here until it was tuned on:
// see above.)
// Held-out 7 … 10 (item 15 of the corpus README): even halves measured once, blind, on 2026-12-06
// after the tuning on the odd halves merged (extractor of 1a8a086); odd halves at the end of that
// tuning (tuning figures, kept as floors, not a measure). All even halves measured once more, blind,
// on 2026-12-07 after the tuning on 11 … 13's odd halves and the retrained tense and name models
// merged (README item 18); the floors below are those figures.
const FIRST_RUN: Readonly<Record<string, { precision: number; recall: number }>> = {
  // 101 matched, 112 proposed, 115 expected (96 / 113 / 115 on 2026-12-06, the same before the odd
  // half was tuned on).
  // Tuned on both halves (branch tuneP, 2026-12-07): 100 / 113 / 115 → 103 matched, 113 proposed, 115 expected.
  // Tuned again (branch tuneT, 2026-12-07, both halves of 7 … 16): 105 / 114 / 115 → 107 / 114 / 115.
  "heldout7-even": { precision: 0.938, recall: 0.93 },
  // 110 / 125 / 121 (109 / 125 / 121 on 2026-12-06).
  // Tuned (branch tuneP, 2026-12-07): 112 / 126 / 121 → 114 / 123 / 121.
  // Tuned again (branch tuneT, 2026-12-07, both halves of 7 … 16): 114 / 123 / 121 → 115 / 123 / 121.
  // Tuned again (branch tuneX, 2026-12-07, both halves of 7 … 28): 116 / 123 / 121 → 117 / 123 / 121.
  "heldout8-even": { precision: 0.951, recall: 0.967 },
  // 79 / 99 / 102 (74 / 100 / 102; 73 before the odd half was tuned on).
  // Tuned (branch tuneP, 2026-12-07): 87 / 100 / 102 → 92 / 99 / 102.
  "heldout9-even": { precision: 0.929, recall: 0.901 },
  // 118 / 135 / 136 (117 / 135 / 136; 113 before).
  // Tuned (branch tuneP, 2026-12-07): 116 / 134 / 136 → 122 / 134 / 136.
  // Tuned again (branch tuneT, 2026-12-07, both halves of 7 … 16): 123 / 134 / 136 → 124 / 134 / 136.
  "heldout10-even": { precision: 0.925, recall: 0.911 },
  "heldout7-odd": { precision: 1, recall: 1 },
  // Tuned again (branch tuneT, 2026-12-07, both halves of 7 … 16): 116 / 118 / 118 → 117 / 118 / 118.
  "heldout8-odd": { precision: 0.991, recall: 0.991 },
  // 99 / 101 / 100 (branch tuneP, 2026-12-07, unchanged by it).
  "heldout9-odd": { precision: 0.98, recall: 0.99 },
  // 114 / 119 / 116 (branch tuneP, 2026-12-07, unchanged by it).
  // Tuned again (branch tuneT, 2026-12-07, both halves of 7 … 16): 114 / 118 / 116 → 114 / 117 / 116.
  "heldout10-odd": { precision: 0.974, recall: 0.982 },
  // Held-out 11 … 13 (item 16), measured blind at the end of 2026-12-06 (the extractor split into
  // modules, with the learnt name chooser); at 47a3c69 before it: 94 / 113 / 114, 73 / 102 / 101,
  // 78 / 109 / 110, 88 / 107 / 111, 78 / 104 / 95, 82 / 111 / 113.
  // Odd halves of 11 and 13 tuned on 2026-12-07 (branch tuneB), tuning figures kept as floors: 11
  // 95 / 113 / 114 (0.841 / 0.833) → 113 matched, 115 proposed, 114 expected; 13 79 / 104 / 95
  // (0.760 / 0.832) → 95 / 95 / 95.
  "heldout11-odd": { precision: 0.983, recall: 0.991 },
  // 81 / 103 / 101 (73 / 102 / 101 on 2026-12-06). Tuned on 2026-12-07 (branch tuneO): 85 / 104 /
  // 101 → 95 matched, 102 proposed, 101 expected.
  "heldout11-even": { precision: 0.931, recall: 0.94 },
  // Tuned on 2026-12-07 (branch tuneA): 78 / 109 / 110 → 103 matched, 109 proposed, 110 expected.
  // Tuned again (branch tuneT, 2026-12-07, both halves of 7 … 16): 103 / 110 / 110 → 104 / 110 / 110.
  "heldout12-odd": { precision: 0.945, recall: 0.945 },
  // 88 / 107 / 111 (the same on 2026-12-06). Tuned on 2026-12-07 (branch tuneO): 89 / 106 / 111 →
  // 97 / 108 / 111.
  // Tuned again (branch tuneT, 2026-12-07, both halves of 7 … 16): 98 / 108 / 111 → 100 / 110 / 111.
  // Tuned again (branch tuneX, 2026-12-07, both halves of 7 … 28): 101 / 110 / 111 → 102 / 109 / 111.
  "heldout12-even": { precision: 0.936, recall: 0.919 },
  // 95 / 95 / 95 (79 / 104 / 95 before the tuning).
  "heldout13-odd": { precision: 1, recall: 1 },
  // 90 / 113 / 113 (83 / 111 / 113 on 2026-12-06). Tuned on 2026-12-07 (branch tuneO): 92 / 112 /
  // 113 → 112 / 114 / 113.
  // Tuned again (branch tuneT, 2026-12-07, both halves of 7 … 16): 112 / 114 / 113 → 112 / 113 / 113.
  "heldout13-even": { precision: 0.991, recall: 0.991 },
  // Held-out 14 … 16 (item 19), first run on 2026-12-07, extractor of 8795fd3, figures only; the
  // extractor of 08e2def (the session's start) read the whole sets 174 / 203 / 192, 144 / 186 / 189,
  // 165 / 210 / 199.
  // 97 matched, 106 proposed, 105 expected after tuning on the odd half (branch tuneC; 94 / 112 / 105
  // before); 100 / 106 / 105 once both models trained on the odd halves (branch tense3: the name
  // chooser's, 3 names).
  // 102 / 106 / 105 after tuning on both halves of 14 … 16 (branch tuneN; 101 / 106 / 105 before).
  "heldout14-odd": { precision: 0.962, recall: 0.971 },
  // 80 / 88 / 87 (the same once the odd halves were tuned on).
  // Tuned on 2026-12-07 (branch tuneN): 80 / 88 / 87 → 82 matched, 89 proposed, 87 expected.
  // Tuned again (branch tuneT, 2026-12-07, both halves of 7 … 16): 83 / 88 / 87 → 84 / 88 / 87.
  "heldout14-even": { precision: 0.954, recall: 0.965 },
  // 72 / 81 / 85; tuned on 2026-12-07 (branch tuneD): 82 matched, 85 proposed, 85 expected, 3 of 3
  // wrong pre-ticked (4 of 9 before).
  "heldout15-odd": { precision: 0.965, recall: 0.965 },
  // 75 / 106 / 104 at the first run; 81 / 106 / 104 once the odd halves were tuned on (blind, once).
  // 77 / 103 / 104 at the end of 2026-12-07's second round (tuning on 17 … 25's odd halves, both
  // models retrained): 4 fewer, measured blind once; not looked into, so as not to tune on it.
  // Tuned on 2026-12-07 (branch tuneN): 77 / 103 / 104 → 92 matched, 103 proposed, 104 expected.
  // Tuned again (branch tuneT, 2026-12-07, both halves of 7 … 16): 94 / 103 / 104 → 95 / 103 / 104.
  // Tuned again (branch tuneX, 2026-12-07, both halves of 7 … 28): 95 / 103 / 104 → 96 / 103 / 104.
  "heldout15-even": { precision: 0.932, recall: 0.923 },
  // 108 / 110 / 109 after tuning on the odd half (branch tuneC; 92 / 110 / 109 before); 109 / 110 /
  // 109 once both models trained on the odd halves (branch tense3: one name).
  "heldout16-odd": { precision: 0.991, recall: 1 },
  // 76 / 101 / 90 (the same once the odd halves were tuned on).
  // 74 / 98 / 90 at the end of the same round: 2 fewer, blind, not looked into.
  // Tuned on 2026-12-07 (branch tuneN): 74 / 98 / 90 → 82 matched, 95 proposed, 90 expected.
  // Tuned again (branch tuneT, 2026-12-07, both halves of 7 … 16): 83 / 95 / 90 → 86 / 95 / 90.
  // Tuned again (branch tuneX, 2026-12-07, both halves of 7 … 28): 86 / 95 / 90 → 86 / 94 / 90.
  "heldout16-even": { precision: 0.915, recall: 0.955 },
  // Held-out 17 … 19 (item 20), first run on 2026-12-07 with the extractor of 7630308, before either
  // half was opened: 17 182 / 207 / 213, 18 171 / 187 / 189, 19 174 / 194 / 196; together 527 matched,
  // 588 proposed, 598 expected (0.896 / 0.881).
  // 99 / 110 / 112 at the first run; tuned on 2026-12-07 (branch tuneE): 111 matched, 112 proposed,
  // 112 expected, 0 of 1 wrong pre-ticked (4 of 11 before).
  "heldout17-odd": { precision: 0.991, recall: 0.991 },
  // Tuned (branch tuneP, 2026-12-07): 85 / 97 / 101 → 96 / 99 / 101.
  // Tuned on both halves again (branch tuneU, 2026-12-07): 96 / 99 / 101 → 97 / 98 / 101.
  "heldout17-even": { precision: 0.989, recall: 0.96 },
  // 88 / 99 / 100 → 97 matched, 100 proposed, 100 expected after tuning on the odd half (branch tuneF).
  // Tuned on both halves again (branch tuneU, 2026-12-07): 98 / 100 / 100 → 99 / 100 / 100.
  "heldout18-odd": { precision: 0.99, recall: 0.99 },
  // Tuned (branch tuneP, 2026-12-07): 84 / 89 / 89 → 85 / 89 / 89.
  // Tuned on both halves again (branch tuneU, 2026-12-07): 86 / 89 / 89 → 86 / 88 / 89.
  "heldout18-even": { precision: 0.977, recall: 0.966 },
  // 93 matched, 93 proposed, 93 expected after tuning on the odd half (branch tuneG; 83 / 94 / 93
  // before).
  "heldout19-odd": { precision: 1, recall: 1 },
  // Tuned (branch tuneP, 2026-12-07): 96 / 102 / 103 → 98 / 101 / 103.
  "heldout19-even": { precision: 0.97, recall: 0.951 },
  // Held-out 20 … 22 (item 21), first run on 2026-12-07 with the extractor of 7630308 (as 17 … 19),
  // before either half was opened: 20 158 / 203 / 198, 21 123 / 191 / 194, 22 151 / 192 / 192;
  // together 432 matched, 586 proposed, 584 expected (0.737 / 0.740).
  // 85 / 100 / 94 → 93 matched, 99 proposed, 94 expected after tuning on the odd half (branch tuneI).
  // Both halves of 20 and 21 tuned on 2026-12-07 (branch tuneL; counts matched / proposed / expected
  // at the branch's start, 9624086 → its end): 20-odd 92 / 99 / 94 → 94 / 99 / 94, 20-even
  // 78 / 102 / 104 → 101 / 104 / 104, 21-even 85 / 109 / 108 → 104 / 110 / 108.
  "heldout20-odd": { precision: 0.949, recall: 1 },
  // Tuned on both halves again (branch tuneU, 2026-12-07): 101 / 104 / 104 → 102 / 104 / 104.
  "heldout20-even": { precision: 0.98, recall: 0.98 },
  // 55 / 83 / 86; tuned on 2026-12-07 (branch tuneH, office shorthand written out): 85 matched, 89
  // proposed, 86 expected (86 / 89 / 86 after branch tuneL).
  "heldout21-odd": { precision: 0.955, recall: 0.988 },
  // Tuned on both halves again (branch tuneU, 2026-12-07): 105 / 110 / 108 → 108 / 110 / 108.
  "heldout21-even": { precision: 0.981, recall: 1 },
  // 83 / 103 / 102 at the first run; tuned on 2026-12-07 (branch tuneJ): 96 matched, 105 proposed,
  // 102 expected.
  // Both halves tuned on 2026-12-07 (branch tuneM, from 9624086): odd 95 / 104 / 102 → 96 / 104 / 102,
  // even 72 / 90 / 90 → 80 / 91 / 90.
  // Tuned on both halves again (branch tuneU, 2026-12-07): 96 / 104 / 102 → 99 / 104 / 102.
  "heldout22-odd": { precision: 0.951, recall: 0.97 },
  // Tuned on both halves again (branch tuneU, 2026-12-07): 80 / 91 / 90 → 82 / 90 / 90.
  "heldout22-even": { precision: 0.911, recall: 0.911 },
  // Held-out 23 … 25 (item 22), first run on 2026-12-07 with the extractor of 7630308 (as 17 … 22),
  // before either half was opened: 23 193 / 213 / 212, 24 172 / 193 / 191, 25 132 / 198 / 197;
  // together 497 matched, 604 proposed, 600 expected (0.823 / 0.828).
  // Tuned on 2026-12-07 (branch tuneQ, both halves): odd 85 / 97 / 94 → 89 / 93 / 94, even 109 / 114 /
  // 118 → 114 / 118 / 118 (matched / proposed / expected, from 9624086).
  "heldout23-odd": { precision: 0.957, recall: 0.947 },
  // Tuned on both halves again (branch tuneU, 2026-12-07): 114 / 118 / 118 → 115 / 118 / 118.
  "heldout23-even": { precision: 0.974, recall: 0.974 },
  // Both halves tuned on 2026-12-07 (branch tuneM, from 9624086): odd 82 / 89 / 88 → 85 / 89 / 88,
  // even 90 / 104 / 103 → 93 / 104 / 103.
  // Tuned on both halves again (branch tuneU, 2026-12-07): 85 / 88 / 88 → 87 / 88 / 88.
  "heldout24-odd": { precision: 0.988, recall: 0.988 },
  // Tuned on both halves again (branch tuneU, 2026-12-07): 94 / 103 / 103 → 97 / 102 / 103.
  "heldout24-even": { precision: 0.95, recall: 0.941 },
  // Tuned on 2026-12-07 (branch tuneK): 52 matched, 101 proposed, 103 expected → 98 / 101 / 103; wrong
  // proposals pre-ticked 48 of 49 → 2 of 3.
  // Tuned again on 2026-12-07 (branch tuneQ, both halves): odd 99 / 101 / 103 → 102 / 103 / 103, even
  // 93 / 96 / 94 → 94 / 94 / 94.
  "heldout25-odd": { precision: 0.99, recall: 0.99 },
  "heldout25-even": { precision: 1, recall: 1 },
  // Held-out 26 … 28 (item 24), written at the end of 2026-12-07 and read first by that day's last
  // extractor (6b3d83e), neither half opened: 26 154 / 181 / 184, 27 175 / 193 / 191, 28 199 / 206 /
  // 209; together 528 matched, 580 proposed, 584 expected (0.910 / 0.904). The extractor of the day's
  // start (7630308) read them 520 / 581 / 584 (0.895 / 0.890).
  // Both halves tuned on 2026-12-07 (branch tuneM, from 9624086): odd 73 / 90 / 93 → 88 / 93 / 93,
  // even 81 / 91 / 91 → 85 / 91 / 91.
  "heldout26-odd": { precision: 0.946, recall: 0.946 },
  // Tuned on both halves again (branch tuneU, 2026-12-07): 86 / 91 / 91 → 89 / 91 / 91.
  "heldout26-even": { precision: 0.978, recall: 0.978 },
  // 27 tuned on 2026-12-07 (branch tuneO): odd 83 / 94 / 94 → 86 / 94 / 94, even 92 / 99 / 97 → 93 /
  // 99 / 97.
  // Tuned on both halves again (branch tuneU, 2026-12-07): 87 / 94 / 94 → 88 / 94 / 94.
  "heldout27-odd": { precision: 0.936, recall: 0.936 },
  // Tuned on both halves again (branch tuneU, 2026-12-07): 95 / 97 / 97 → 96 / 97 / 97.
  "heldout27-even": { precision: 0.989, recall: 0.989 },
  // Tuned on 2026-12-07 (branch tuneQ, both halves): odd 103 / 105 / 106 → 106 / 106 / 106, even 96 /
  // 101 / 103 → 103 / 103 / 103.
  "heldout28-odd": { precision: 1, recall: 1 },
  "heldout28-even": { precision: 1, recall: 1 },
  // Held-out 29 … 34, first read (figures only) by the extractor of the end of 2026-12-07's second
  // session (matched / proposed / expected in each comment; the floors 0.02 below, as for every set).
  // The session's starting extractor (921dbc0's rules) read them 1 010 / 1 150 / 1 192, this one
  // 1 050 / 1 152 / 1 192, as did the next session's at its start (95a0333), after which they were
  // opened (README item 28): their misses may now be read and tuned on.
  // 94 / 98 / 108
  // Both halves of 29, 32 and 33 tuned on 2026-12-07 (branch tuneR, from 48d8bcb): odd 94 / 98 / 108
  // → 105 / 107 / 108, even 85 / 94 / 101 → 95 / 101 / 101.
  // Tuned again (branch tuneV, 2026-12-07): 105 / 107 / 108 → 106 / 108 / 108.
  "heldout29-odd": { precision: 0.981, recall: 0.981 },
  // 85 / 94 / 101
  // Tuned again (branch tuneV, 2026-12-07): 95 / 101 / 101 → 96 / 101 / 101.
  "heldout29-even": { precision: 0.95, recall: 0.95 },
  // 94 / 95 / 95
  // Tuned on both halves (branch tuneS, 2026-12-07): 94 / 95 / 95 → 95 matched, 95 proposed, 95 expected.
  "heldout30-odd": { precision: 1, recall: 1 },
  // 85 / 94 / 95
  // Tuned on both halves (branch tuneS, 2026-12-07): 85 / 94 / 95 → 94 matched, 95 proposed, 95 expected.
  // Tuned again (branch tuneV, 2026-12-07): 94 / 95 / 95 → 95 / 95 / 95.
  "heldout30-even": { precision: 1, recall: 1 },
  // 79 / 90 / 92
  // Tuned on both halves (branch tuneS, 2026-12-07): 79 / 90 / 92 → 90 matched, 91 proposed, 92 expected.
  "heldout31-odd": { precision: 0.989, recall: 0.978 },
  // 83 / 92 / 93
  // Tuned on both halves (branch tuneS, 2026-12-07): 83 / 92 / 93 → 89 matched, 92 proposed, 93 expected.
  // Tuned again (branch tuneV, 2026-12-07): 89 / 91 / 93 → 91 / 92 / 93.
  "heldout31-even": { precision: 0.989, recall: 0.978 },
  // 87 / 99 / 105; tuneR: → 95 / 104 / 105; tuneW: 96 / 104 / 105 → 100 / 105 / 105
  "heldout32-odd": { precision: 0.952, recall: 0.952 },
  // 102 / 115 / 118; tuneR: → 112 / 118 / 118
  "heldout32-even": { precision: 0.949, recall: 0.949 },
  // 89 / 95 / 95; tuneR: → 93 / 96 / 95
  "heldout33-odd": { precision: 0.968, recall: 0.978 },
  // 79 / 93 / 102; tuneR: → 89 / 100 / 102; tuneW: 89 / 100 / 102 → 91 / 101 / 102
  "heldout33-even": { precision: 0.901, recall: 0.892 },
  // 92 / 98 / 98
  // Tuned on both halves (branch tuneS, 2026-12-07): 92 / 98 / 98 → 97 matched, 98 proposed, 98 expected.
  // tuneW: 97 / 98 / 98 → 98 / 98 / 98
  "heldout34-odd": { precision: 1, recall: 1 },
  // 81 / 89 / 90
  // Tuned on both halves (branch tuneS, 2026-12-07): 81 / 89 / 90 → 89 matched, 90 proposed, 90 expected.
  "heldout34-even": { precision: 0.988, recall: 0.988 },
  // Held-out 35 … 40, first read (figures only) by the session's starting extractor (95a0333's rules)
  // and by its last (this merge), matched / proposed / expected in each comment (start → end); the
  // floors at the end figures, 0.02 below them as for every set. The next session's starting extractor
  // (9fe1665) read them again at the end figures, after which they were opened (README item 32): their
  // misses may now be read and tuned on.
  // 117 / 123 / 121 → 117 / 123 / 121
  // Tuned on both halves (tuners Y … AG, 2026-12-07, fourth session): → 119 matched, 123 proposed, 121 expected.
  "heldout35-odd": { precision: 0.967, recall: 0.983 },
  // 63 / 69 / 76 → 63 / 69 / 76
  // Tuned on both halves (tuners Y … AG, 2026-12-07, fourth session): → 76 matched, 76 proposed, 76 expected.
  "heldout35-even": { precision: 1, recall: 1 },
  // 100 / 108 / 111 → 100 / 108 / 111
  // Tuned on both halves (tuners Y … AG, 2026-12-07, fourth session): → 108 matched, 111 proposed, 111 expected.
  "heldout36-odd": { precision: 0.972, recall: 0.972 },
  // 97 / 107 / 104 → 97 / 106 / 104
  // Tuned on both halves (tuners Y … AG, 2026-12-07, fourth session): → 101 matched, 105 proposed, 104 expected.
  "heldout36-even": { precision: 0.961, recall: 0.971 },
  // 87 / 95 / 93 → 87 / 95 / 93
  // Tuned on both halves (tuners Y … AG, 2026-12-07, fourth session): → 93 matched, 93 proposed, 93 expected.
  "heldout37-odd": { precision: 1, recall: 1 },
  // 86 / 95 / 97 → 87 / 96 / 97
  // Tuned on both halves (tuners Y … AG, 2026-12-07, fourth session): → 92 matched, 97 proposed, 97 expected.
  "heldout37-even": { precision: 0.948, recall: 0.948 },
  // 90 / 99 / 102 → 90 / 99 / 102
  // Tuned on both halves (tuners Y … AG, 2026-12-07, fourth session): → 98 matched, 102 proposed, 102 expected.
  "heldout38-odd": { precision: 0.96, recall: 0.96 },
  // 89 / 103 / 104 → 89 / 103 / 104
  // Tuned on both halves (tuners Y … AG, 2026-12-07, fourth session): → 98 matched, 104 proposed, 104 expected.
  "heldout38-even": { precision: 0.942, recall: 0.942 },
  // 90 / 102 / 102 → 91 / 102 / 102
  // Tuned on both halves (tuners Y … AG, 2026-12-07, fourth session): → 96 matched, 102 proposed, 102 expected.
  "heldout39-odd": { precision: 0.941, recall: 0.941 },
  // 100 / 112 / 118 → 102 / 112 / 118
  // Tuned on both halves (tuners Y … AG, 2026-12-07, fourth session): → 113 matched, 117 proposed, 118 expected.
  "heldout39-even": { precision: 0.965, recall: 0.957 },
  // 90 / 107 / 109 → 92 / 108 / 109
  // Tuned on both halves (tuners Y … AG, 2026-12-07, fourth session): → 106 matched, 109 proposed, 109 expected.
  "heldout40-odd": { precision: 0.972, recall: 0.972 },
  // 69 / 77 / 88 → 81 / 88 / 88
  // Tuned on both halves (tuners Y … AG, 2026-12-07, fourth session): → 83 matched, 88 proposed, 88 expected.
  "heldout40-even": { precision: 0.943, recall: 0.943 },
  // Held-out 41 … 49, first read (figures only) by the session's starting extractor (9fe1665's rules;
  // 47 … 49 were read by it too, written while the first tuners worked) and by its last (this merge),
  // matched / proposed / expected in each comment (start → end); the floors at the end figures, 0.02
  // below them as for every set. The next session's starting extractor (264e106) read them again at
  // the end figures, after which they were opened (README item 36): their misses may now be read and
  // tuned on.
  // 89 / 96 / 94 → 90 / 97 / 94
  // Tuned on both halves (tuners AH … AS, 2026-12-07, fifth session): → 92 matched, 97 proposed, 94 expected.
  "heldout41-odd": { precision: 0.948, recall: 0.979 },
  // 85 / 105 / 105 → 91 / 104 / 105
  // Tuned on both halves (tuners AH … AS, 2026-12-07, fifth session): → 100 matched, 105 proposed, 105 expected.
  "heldout41-even": { precision: 0.952, recall: 0.952 },
  // 97 / 101 / 101 → 98 / 102 / 101
  // Tuned on both halves (tuners AH … AS, 2026-12-07, fifth session): → 98 matched, 102 proposed, 101 expected.
  "heldout42-odd": { precision: 0.961, recall: 0.97 },
  // 107 / 109 / 110 → 107 / 109 / 110
  // Tuned on both halves (tuners AH … AS, 2026-12-07, fifth session): → 109 matched, 110 proposed, 110 expected.
  "heldout42-even": { precision: 0.991, recall: 0.991 },
  // 81 / 90 / 91 → 81 / 90 / 91
  // Tuned on both halves (tuners AH … AS, 2026-12-07, fifth session): → 89 matched, 91 proposed, 91 expected.
  "heldout43-odd": { precision: 0.978, recall: 0.978 },
  // 87 / 96 / 96 → 87 / 96 / 96
  // Tuned on both halves (tuners AH … AS, 2026-12-07, fifth session): → 91 matched, 96 proposed, 96 expected.
  "heldout43-even": { precision: 0.948, recall: 0.948 },
  // 89 / 101 / 102 → 90 / 102 / 102
  // Tuned on both halves (tuners AH … AS, 2026-12-07, fifth session): → 99 matched, 102 proposed, 102 expected.
  "heldout44-odd": { precision: 0.971, recall: 0.971 },
  // 74 / 83 / 83 → 76 / 84 / 83
  // Tuned on both halves (tuners AH … AS, 2026-12-07, fifth session): → 78 matched, 84 proposed, 83 expected.
  "heldout44-even": { precision: 0.929, recall: 0.94 },
  // 80 / 87 / 90 → 81 / 89 / 90
  // Tuned on both halves (tuners AH … AS, 2026-12-07, fifth session): → 86 matched, 89 proposed, 90 expected.
  "heldout45-odd": { precision: 0.966, recall: 0.956 },
  // 96 / 99 / 99 → 96 / 99 / 99
  // Tuned on both halves (tuners AH … AS, 2026-12-07, fifth session): → 97 matched, 99 proposed, 99 expected.
  "heldout45-even": { precision: 0.98, recall: 0.98 },
  // 71 / 90 / 88 → 75 / 82 / 88
  // Tuned on both halves (tuners AH … AS, 2026-12-07, fifth session): → 85 matched, 88 proposed, 88 expected.
  "heldout46-odd": { precision: 0.966, recall: 0.966 },
  // 63 / 78 / 98 → 93 / 98 / 98
  // Tuned on both halves (tuners AH … AS, 2026-12-07, fifth session): → 96 matched, 99 proposed, 98 expected.
  "heldout46-even": { precision: 0.97, recall: 0.98 },
  // 75 / 89 / 113 → 103 / 112 / 113
  // Tuned on both halves (tuners AH … AS, 2026-12-07, fifth session): → 113 matched, 113 proposed, 113 expected.
  "heldout47-odd": { precision: 1.0, recall: 1.0 },
  // 70 / 74 / 109 → 100 / 108 / 109
  // Tuned on both halves (tuners AH … AS, 2026-12-07, fifth session): → 107 matched, 113 proposed, 109 expected.
  "heldout47-even": { precision: 0.947, recall: 0.982 },
  // 89 / 99 / 98 → 89 / 99 / 98
  // Tuned on both halves (tuners AH … AS, 2026-12-07, fifth session): → 96 matched, 100 proposed, 98 expected.
  "heldout48-odd": { precision: 0.96, recall: 0.98 },
  // 74 / 83 / 83 → 74 / 83 / 83
  // Tuned on both halves (tuners AH … AS, 2026-12-07, fifth session): → 79 matched, 84 proposed, 83 expected.
  "heldout48-even": { precision: 0.94, recall: 0.952 },
  // 86 / 99 / 103 → 86 / 99 / 103
  // Tuned on both halves (tuners AH … AS, 2026-12-07, fifth session): → 95 matched, 103 proposed, 103 expected.
  "heldout49-odd": { precision: 0.922, recall: 0.922 },
  // 81 / 86 / 98 → 88 / 94 / 98
  // Tuned on both halves (tuners AH … AS, 2026-12-07, fifth session): → 92 matched, 97 proposed, 98 expected.
  "heldout49-even": { precision: 0.948, recall: 0.939 },
  // Held-out 50 … 57, first read (figures only) by the session's starting extractor (264e106's rules,
  // 56944e6) and by its last (this merge), matched / proposed / expected in each comment (start → end);
  // the floors at the end figures, 0.02 below them as for every set. Unopened then; opened at the start of
  // the sixth session (README item 40) and tuned on since, the floors raised to the tuned figures.
  // 90 / 93 / 94 → 90 / 93 / 94
  // Opened and tuned on (tuners AT … BD, 2026-12-08, sixth session): → 90 / 93 / 94.
  "heldout50-odd": { precision: 0.967, recall: 0.957 },
  // 94 / 100 / 101 → 94 / 100 / 101
  // Opened and tuned on (tuners AT … BD, 2026-12-08, sixth session): → 97 / 100 / 101.
  "heldout50-even": { precision: 0.97, recall: 0.96 },
  // 91 / 91 / 91 → 91 / 91 / 91
  // Opened and tuned on (tuners AT … BD, 2026-12-08, sixth session): → 91 / 91 / 91.
  "heldout51-odd": { precision: 1.0, recall: 1.0 },
  // 93 / 96 / 96 → 94 / 96 / 96
  // Opened and tuned on (tuners AT … BD, 2026-12-08, sixth session): → 96 / 96 / 96.
  "heldout51-even": { precision: 1.0, recall: 1.0 },
  // 86 / 94 / 95 → 86 / 94 / 95
  // Opened and tuned on (tuners AT … BD, 2026-12-08, sixth session): → 94 / 95 / 95.
  "heldout52-odd": { precision: 0.989, recall: 0.989 },
  // 90 / 92 / 91 → 90 / 92 / 91
  // Opened and tuned on (tuners AT … BD, 2026-12-08, sixth session): → 91 / 92 / 91.
  "heldout52-even": { precision: 0.989, recall: 1.0 },
  // 78 / 106 / 104 → 82 / 106 / 104
  // Opened and tuned on (tuners AT … BD, 2026-12-08, sixth session): → 88 / 106 / 104.
  "heldout53-odd": { precision: 0.83, recall: 0.846 },
  // 59 / 78 / 77 → 61 / 78 / 77
  // Opened and tuned on (tuners AT … BD, 2026-12-08, sixth session): → 64 / 77 / 77.
  "heldout53-even": { precision: 0.831, recall: 0.831 },
  // 72 / 73 / 88 → 72 / 73 / 88
  // Opened and tuned on (tuners AT … BD, 2026-12-08, sixth session): → 87 / 88 / 88.
  "heldout54-odd": { precision: 0.988, recall: 0.988 },
  // 86 / 97 / 100 → 95 / 99 / 100
  // Opened and tuned on (tuners AT … BD, 2026-12-08, sixth session): → 100 / 101 / 100.
  "heldout54-even": { precision: 0.99, recall: 1.0 },
  // 96 / 100 / 99 → 96 / 100 / 99
  // Opened and tuned on (tuners AT … BD, 2026-12-08, sixth session): → 97 / 99 / 99.
  "heldout55-odd": { precision: 0.979, recall: 0.979 },
  // 87 / 89 / 89 → 87 / 89 / 89
  // Opened and tuned on (tuners AT … BD, 2026-12-08, sixth session): → 88 / 89 / 89.
  "heldout55-even": { precision: 0.988, recall: 0.988 },
  // 89 / 99 / 99 → 89 / 99 / 99
  // Opened and tuned on (tuners AT … BD, 2026-12-08, sixth session): → 94 / 99 / 99.
  "heldout56-odd": { precision: 0.949, recall: 0.949 },
  // 87 / 101 / 98 → 89 / 101 / 98
  // Opened and tuned on (tuners AT … BD, 2026-12-08, sixth session): → 95 / 98 / 98.
  "heldout56-even": { precision: 0.969, recall: 0.969 },
  // 86 / 97 / 91 → 88 / 95 / 91
  // Opened and tuned on (tuners AT … BD, 2026-12-08, sixth session): → 90 / 91 / 91.
  "heldout57-odd": { precision: 0.989, recall: 0.989 },
  // 84 / 101 / 99 → 86 / 101 / 99
  // Opened and tuned on (tuners AT … BD, 2026-12-08, sixth session): → 92 / 100 / 99.
  "heldout57-even": { precision: 0.92, recall: 0.929 },
  // Held-out 58 … 65 (README item 39), first read (figures only) by the session's starting extractor
  // (0ec978f's rules, c6858b4) and by its last (this merge), matched / proposed / expected in each comment
  // (start → end); the floors at the end figures, 0.02 below them as for every set. Unopened
  // (scripts/corpus-splits.ts): their misses are never printed.
  // 93 / 102 / 96 → 93 / 101 / 96
  "heldout58-odd": { precision: 0.92, recall: 0.968 },
  // 93 / 102 / 101 → 93 / 102 / 101
  "heldout58-even": { precision: 0.911, recall: 0.92 },
  // 73 / 97 / 91 → 73 / 97 / 91
  "heldout59-odd": { precision: 0.752, recall: 0.802 },
  // 79 / 106 / 104 → 80 / 106 / 104
  "heldout59-even": { precision: 0.754, recall: 0.769 },
  // 86 / 98 / 90 → 86 / 98 / 90
  "heldout60-odd": { precision: 0.877, recall: 0.955 },
  // 107 / 111 / 110 → 107 / 111 / 110
  "heldout60-even": { precision: 0.963, recall: 0.972 },
  // 82 / 93 / 98 → 92 / 98 / 98
  "heldout61-odd": { precision: 0.938, recall: 0.938 },
  // 44 / 73 / 90 → 69 / 95 / 90
  "heldout61-even": { precision: 0.726, recall: 0.766 },
  // 93 / 107 / 104 → 93 / 105 / 104
  "heldout62-odd": { precision: 0.885, recall: 0.894 },
  // 80 / 99 / 94 → 80 / 98 / 94
  "heldout62-even": { precision: 0.816, recall: 0.851 },
  // 99 / 114 / 112 → 101 / 113 / 112
  "heldout63-odd": { precision: 0.893, recall: 0.901 },
  // 77 / 89 / 87 → 77 / 88 / 87
  "heldout63-even": { precision: 0.875, recall: 0.885 },
  // 91 / 101 / 100 → 91 / 101 / 100
  "heldout64-odd": { precision: 0.9, recall: 0.91 },
  // 91 / 100 / 100 → 91 / 100 / 100
  "heldout64-even": { precision: 0.91, recall: 0.91 },
  // 86 / 97 / 98 → 86 / 97 / 98
  "heldout65-odd": { precision: 0.886, recall: 0.877 },
  // 67 / 74 / 75 → 67 / 74 / 75
  "heldout65-even": { precision: 0.905, recall: 0.893 },
};
// A tuner runs with CHITIEU_TUNING=1: the blind halves (even halves not yet reported, sets not yet
// opened) are then not measured at all, so that their figures cannot steer the tuning either.
const tuning = process.env.CHITIEU_TUNING === "1";
for (const [split, sets] of heldOut) {
  if (tuning && isBlind(split)) continue;
  describe(`extraction on held-out set "${split}" (not tuned on)`, () => {
    it("measures precision and recall, and derived KH/CK give the printed % back", () => {
      const { m, derived } = measure(`held-out "${split}"`, sets, !isBlind(split));
      const first = FIRST_RUN[split] ?? { precision: 0.02, recall: 0.02 };
      expect(m.precision).toBeGreaterThanOrEqual(first.precision - 0.02);
      expect(m.recall).toBeGreaterThanOrEqual(first.recall - 0.02);
      expect(derived.drift).toEqual([]);
    });
  });
}

// How far two careful readers agree under the same matching: a set's texts keyed a second time by
// another reader, blind to the first keys and to the extractor (agreement/*.json, not corpus files).
// If two people disagreed often, the goal of 0.95 would measure the keys, not the extractor. Held-out
// 5 was keyed again by the examiner who wrote held-out 6; held-out 9 and 12 by two examiners who
// wrote no corpus set (README item 18). Floors sit at each measure − 0.02.
const AGREEMENT: readonly { split: string; file: string; paragraphs: number; floor: number }[] = [
  { split: "heldout5", file: "h5-second-keys.json", paragraphs: 50, floor: 0.95 },
  { split: "heldout9", file: "h9-second-keys.json", paragraphs: 35, floor: 0.97 },
  { split: "heldout12", file: "h12-second-keys.json", paragraphs: 35, floor: 0.97 },
];
describe.each(AGREEMENT)(
  "agreement of two readers keying $split apart",
  ({ split, file, paragraphs: count, floor }) => {
    const asProposal = (e: Expected): Proposal =>
      ({
        name: e.name,
        unit: e.unit,
        actual: e.actual ?? null,
        plan: e.actual === undefined ? (e.plan ?? null) : null,
        planText: null,
      }) as unknown as Proposal;
    it(`matches the first keys at ≥ ${floor} each way`, () => {
      const second = new Map(
        (
          JSON.parse(readFileSync(join(DIR, "agreement", file), "utf8")) as {
            paragraphs: { id: string; indicators: Expected[] }[];
          }
        ).paragraphs.map((p) => [p.id, p.indicators]),
      );
      const first = paragraphs.filter((p) => p.split === split);
      let matched = 0;
      let secondCount = 0;
      for (const p of first) {
        const free = new Set((second.get(p.id) ?? []).map(asProposal));
        secondCount += free.size;
        for (const e of p.indicators) {
          const hit = [...free].find((c) => matchesKey(c, e));
          if (hit) {
            free.delete(hit);
            matched++;
          }
        }
      }
      const expected = first.reduce((n, p) => n + p.indicators.length, 0);
      console.log(`two readers on ${split}: ${matched} matched of ${expected} and ${secondCount} keys`);
      expect(first).toHaveLength(count);
      expect(matched / expected).toBeGreaterThanOrEqual(floor);
      expect(matched / secondCount).toBeGreaterThanOrEqual(floor);
    });
  },
);
