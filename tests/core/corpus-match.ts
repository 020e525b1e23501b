/**
 * How the extraction corpus matches a proposal to an expected indicator, said once for the corpus
 * test and for the tuners' own small corpora (tests/extract-corpus/README.md, "Matching"): the same
 * figure, the same folded unit, and names whose word sets overlap by Dice ≥ 0.5; one-to-one, each
 * key taking the free proposal whose name overlaps it most.
 */
import type { Proposal } from "../../src/core/extract";
import { foldText } from "../../src/core/rules";
import { paragraphNumber } from "../../scripts/corpus-splits";
import { nameOverlap, read } from "./proposals";

/** An expected indicator, as the corpus files key it (README, "Fields of an expected indicator"). */
export interface CorpusKey {
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

/** Two figures equal up to the float noise of a parsed decimal. */
export const same = (a: number, b: number): boolean =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function figureMatches(p: Proposal, k: CorpusKey): boolean {
  if (k.actual !== undefined) return p.actual !== null && same(p.actual, k.actual);
  if (k.plan === undefined || p.actual !== null) return false;
  if (p.plan !== null && same(p.plan, k.plan)) return true;
  // A plan written with its bound ("dưới 1,5%") is matched by the figure it states.
  const inText = p.planText === null ? null : /\d+(?:,\d+)?/u.exec(p.planText.replace(/\./gu, ""));
  return inText !== null && same(Number(inText[0].replace(",", ".")), k.plan);
}

export const matchesKey = (p: Proposal, k: CorpusKey): boolean =>
  figureMatches(p, k) && foldText(p.unit) === foldText(k.unit) && nameOverlap(p.name, k.name) >= 0.5;

/** A paragraph's keys paired with its proposals, and the proposals no key took. */
export function pairUp<K extends CorpusKey>(
  proposals: readonly Proposal[],
  keys: readonly K[],
): { pairs: [Proposal, K][]; missed: K[]; extra: Proposal[] } {
  const free = new Set(proposals);
  const pairs: [Proposal, K][] = [];
  const missed: K[] = [];
  for (const k of keys) {
    // Best name overlap first, so two "Tổng vốn đăng ký" in one paragraph pair up right.
    const p = [...free]
      .filter((c) => matchesKey(c, k))
      .sort((a, b) => nameOverlap(b.name, k.name) - nameOverlap(a.name, k.name))[0];
    if (p === undefined) missed.push(k);
    else {
      free.delete(p);
      pairs.push([p, k]);
    }
  }
  return { pairs, missed, extra: [...free] };
}

/** Matched / proposed / expected over paragraphs, with a line for each miss and each extra. */
export function scoreParagraphs(
  paragraphs: readonly { id: string; text: string; keys: readonly CorpusKey[] }[],
  read: (text: string) => Proposal[],
): { matched: number; proposed: number; expected: number; lines: string[] } {
  const out = { matched: 0, proposed: 0, expected: 0, lines: [] as string[] };
  for (const para of paragraphs) {
    const proposals = read(para.text);
    const { pairs, missed, extra } = pairUp(proposals, para.keys);
    out.matched += pairs.length;
    out.proposed += proposals.length;
    out.expected += para.keys.length;
    for (const k of missed)
      out.lines.push(`${para.id} missed: ${k.name} | ${k.unit} | ${k.actual ?? k.plan}`);
    for (const p of extra)
      out.lines.push(`${para.id} extra: ${p.name} | ${p.unit} | ${p.actual ?? p.planText}`);
  }
  return out;
}

/** A key written as a row, as the own table pastes key them: figure and unit, no stated percentages. */
export type KeyRow = [name: string, unit: string, actual: number | null, plan: number | null];

/** How many of a paste's keyed rows its proposals match, as the corpus matches them. */
export const matchedRows = (text: string, rows: readonly KeyRow[]): number =>
  pairUp(
    read(text),
    rows.map(([name, unit, actual, plan]) => ({
      name,
      unit,
      actual: actual ?? undefined,
      plan: plan ?? undefined,
    })),
  ).pairs.length;

/** A paragraph of a tuner's own corpus, keyed as the corpus files key theirs. */
export interface OwnParagraph {
  id: string;
  text: string;
  keys: CorpusKey[];
}

type Stated = Omit<CorpusKey, "name" | "unit" | "actual" | "plan">;

/** A result's key, for the own corpora written as code. */
export const resultKey = (name: string, unit: string, actual: number, stated: Stated = {}): CorpusKey => ({
  name,
  unit,
  actual,
  ...stated,
});

/** A target's key, for the own corpora written as code. */
export const targetKey = (name: string, unit: string, plan: number, stated: Stated = {}): CorpusKey => ({
  name,
  unit,
  plan,
  ...stated,
});

/**
 * An own corpus split once by the parity of its paragraphs' numbers: each half kept at its floor
 * (matched keys). Under CHITIEU_TUNING=1 the odd half, tuned on, prints its misses; the even half,
 * held out, prints its figures only, so that nobody tunes on it by reading a test log.
 */
export function describeOwnCorpus(
  title: string,
  paragraphs: readonly OwnParagraph[],
  floors: { odd: number; even: number },
): void {
  const half = (odd: boolean): OwnParagraph[] =>
    paragraphs.filter((p) => paragraphNumber(p.id) % 2 === (odd ? 1 : 0));
  describe(title, () => {
    it.each([
      ["odd (tuned on)", true, floors.odd],
      ["even (held out)", false, floors.even],
    ] as const)("%s half keeps its floor", (label, odd, floor) => {
      const s = scoreParagraphs(half(odd), read);
      if (process.env.CHITIEU_TUNING === "1")
        console.log(
          `${label}: ${s.matched} matched, ${s.proposed} proposed, ${s.expected} expected` +
            (odd ? `\n${s.lines.join("\n")}` : ""),
        );
      expect(s.matched).toBeGreaterThanOrEqual(floor);
    });
  });
}

/** A paste of a tuner's own table corpus, its rows keyed as KeyRow. */
export interface OwnPaste {
  id: string;
  text: string;
  keys: KeyRow[];
}

/** A text's proposals as rows (name, unit, actual, plan), for the table rules' own tests. */
export const readRows = (text: string): [string, string, number | null, number | null][] =>
  read(text).map((p) => [p.name, p.unit, p.actual, p.plan]);

/**
 * An own corpus of table pastes split once by the parity of its pastes' numbers: each half's matched
 * and keyed rows pinned. Under CHITIEU_TUNING=1 and CHITIEU_PRINT_PASTES=1 the odd half, tuned on,
 * prints what was read; the even half, held out, never does.
 */
export function describeOwnPastes(
  title: string,
  pastes: readonly OwnPaste[],
  pinned: { count: number; odd: [number, number]; even: [number, number] },
): void {
  const isOdd = (p: OwnPaste): boolean => paragraphNumber(p.id) % 2 === 1;
  const total = (ps: readonly OwnPaste[]): [number, number] => [
    ps.reduce((s, p) => s + matchedRows(p.text, p.keys), 0),
    ps.reduce((s, p) => s + p.keys.length, 0),
  ];
  describe(title, () => {
    it("is the corpus as written, and prints the odd half's reads when asked", () => {
      if (process.env.CHITIEU_TUNING === "1" && process.env.CHITIEU_PRINT_PASTES === "1")
        for (const p of pastes.filter(isOdd))
          console.log(
            p.id,
            matchedRows(p.text, p.keys),
            "/",
            p.keys.length,
            JSON.stringify(readRows(p.text)),
          );
      expect(pastes).toHaveLength(pinned.count);
    });
    it("odd half (tuned on)", () => expect(total(pastes.filter(isOdd))).toEqual(pinned.odd));
    it("even half (measured only)", () =>
      expect(total(pastes.filter((p) => !isOdd(p)))).toEqual(pinned.even));
  });
}
