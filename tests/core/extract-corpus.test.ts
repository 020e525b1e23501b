/**
 * Extraction measured on paragraphs written for this purpose (tests/extract-corpus, see its
 * README for the history of the split and the matching rule). Every paragraph here has been seen
 * and tuned on ("tune", and "heldout1", the first held-out half, measured once and then used for
 * tuning); the figure quoted is measured on a held-out set kept outside the repository.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { extractIndicators, proposalToRow, type Proposal } from "../../src/core/extract";
import { foldText } from "../../src/core/rules";

interface Expected {
  name: string;
  unit: string;
  actual?: number;
  plan?: number;
  total?: number;
  pctPlan?: number;
  pctPrior?: number;
  changePct?: number;
  stretch?: number;
  estimate?: boolean;
}

interface Paragraph {
  id: string;
  /** "heldout1": held out until it was measured (0.901 / 0.936), tuned on since. */
  split: "tune" | "heldout1";
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

const same = (a: number, b: number): boolean =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

const wordSet = (s: string): Set<string> =>
  new Set(
    foldText(s)
      .split(/[^a-z0-9]+/u)
      .filter(Boolean),
  );

/** Dice coefficient over folded word sets. */
export function nameOverlap(a: string, b: string): number {
  const x = wordSet(a);
  const y = wordSet(b);
  if (x.size + y.size === 0) return 0;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return (2 * common) / (x.size + y.size);
}

function figureMatches(p: Proposal, e: Expected): boolean {
  if (e.actual !== undefined) return p.actual !== null && same(p.actual, e.actual);
  if (e.plan === undefined || p.actual !== null) return false;
  if (p.plan !== null && same(p.plan, e.plan)) return true;
  const inText = p.planText === null ? null : /\d+(?:,\d+)?/u.exec(p.planText.replace(/\./gu, ""));
  return inText !== null && same(Number(inText[0].replace(",", ".")), e.plan);
}

function matches(p: Proposal, e: Expected): boolean {
  return figureMatches(p, e) && foldText(p.unit) === foldText(e.unit) && nameOverlap(p.name, e.name) >= 0.5;
}

interface Scored {
  paragraph: Paragraph;
  proposals: Proposal[];
  pairs: [Proposal, Expected][];
}

function scoreParagraph(paragraph: Paragraph): Scored {
  const proposals = extractIndicators(paragraph.text, "vi");
  const free = new Set(proposals);
  const pairs: [Proposal, Expected][] = [];
  for (const e of paragraph.indicators) {
    // Best name overlap first, so two "Tổng vốn đăng ký" in one paragraph pair up right.
    const p = [...free]
      .filter((c) => matches(c, e))
      .sort((a, b) => nameOverlap(b.name, e.name) - nameOverlap(a.name, e.name))[0];
    if (p) {
      free.delete(p);
      pairs.push([p, e]);
    }
  }
  return { paragraph, proposals, pairs };
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

const scored = paragraphs.map(scoreParagraph);
const heldout1 = scored.filter((s) => s.paragraph.split === "heldout1");
const byFile = [...new Set(paragraphs.map((p) => p.file))].map(
  (f) => `${f}: ${summary(scored.filter((s) => s.paragraph.file === f)).line}`,
);

describe("extraction on the corpus of fresh paragraphs", () => {
  it("holds at least 100 paragraphs, each id once", () => {
    expect(paragraphs.length).toBeGreaterThanOrEqual(100);
    expect(new Set(paragraphs.map((p) => p.id)).size).toBe(paragraphs.length);
  });

  // Every paragraph here is a tuning paragraph; the goal (≥ 0.95 each) is met on a set held out
  // of the repository, these floors keep what tuning reached.
  it("keeps precision and recall ≥ 0.97 on the tuning set", () => {
    const all = summary(scored);
    console.log(
      `extract corpus, all (tuning): ${all.line}\n  of which held-out 1: ${summary(heldout1).line}\n  ${byFile.join("\n  ")}\n  ${scored.flatMap(misses).join("\n  ")}`,
    );
    expect(all.precision).toBeGreaterThanOrEqual(0.97);
    expect(all.recall).toBeGreaterThanOrEqual(0.97);
  });

  it("gets the stated percentages, totals and estimates of matched indicators right", () => {
    const wrong: string[] = [];
    for (const s of scored) {
      for (const [p, e] of s.pairs) {
        const check = (field: string, want: number | undefined, got: number | null): void => {
          if (want !== undefined && (got === null || !same(want, got)))
            wrong.push(`${s.paragraph.id} ${e.name} ${field}: ${got} ≠ ${want}`);
        };
        check("pctPlan", e.pctPlan, p.pctPlan);
        check("pctPrior", e.pctPrior, p.pctPrior);
        check("changePct", e.changePct, p.changePct);
        check("total", e.total, p.total);
        check("stretch", e.stretch, p.stretch);
        if (e.estimate === true && !p.estimate) wrong.push(`${s.paragraph.id} ${e.name}: estimate`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("derives KH and CK that give the printed percentage back within its last digit", () => {
    const shownDecimals = (v: number): number => (String(v).split(".")[1] ?? "").length;
    const backTo = (value: number, printed: number): boolean => {
      const k = 10 ** shownDecimals(printed);
      return Math.round(value * k) / k === printed || Math.trunc(value * k) / k === printed;
    };
    const drift: string[] = [];
    let checked = 0;
    for (const s of scored) {
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
    expect(checked).toBeGreaterThanOrEqual(30);
    expect(drift).toEqual([]);
  });

  it("pre-ticks at least 95% of the proposals that match an expected indicator", () => {
    const all = scored;
    const matched = all.flatMap((s) => s.pairs.map(([p]) => p));
    const inMatch = new Set(matched);
    const extra = all.flatMap((s) => s.proposals.filter((p) => !inMatch.has(p)));
    const sure = matched.filter((p) => p.confident).length / matched.length;
    console.log(
      `extract corpus, confident: ${matched.filter((p) => p.confident).length}/${matched.length} matched, ${extra.filter((p) => p.confident).length}/${extra.length} extra`,
    );
    expect(sure).toBeGreaterThanOrEqual(0.95);
  });
});
