/**
 * Training of the learnt tense model (src/core/extract-tense-model.ts) on the keyed corpus: the
 * instances, a deterministic logistic regression, leave-one-file-out validation and the choice of
 * the flip policy. Used by scripts/train-extract-model.ts; the extractor is passed in so that a
 * replay can train on an older extractor's proposals.
 *
 * Honesty (tests/extract-corpus/README.md): only what `mayTuneOn` (scripts/corpus-splits.ts) lets
 * through is ever read: the tuning splits, both halves of the reported parity splits (held-out 7 …
 * 28); an unopened set, and a set no split lists, are dropped before anything else.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Proposal } from "../src/core/extract";
import type { NumberConvention } from "../src/core/model";
import {
  barOf,
  mentionOf,
  proposalValue,
  type TenseClause,
  type TensePolicy,
} from "../src/core/extract-tense-learnt";
import {
  indicatorFeatures,
  targetProbability,
  tenseContext,
  tenseFeatures,
  type TenseContext,
  type TenseMention,
} from "../src/core/extract-tense-model";
import { foldText } from "../src/core/rules";
import { mayTuneOn } from "./corpus-splits";

export interface KeyedParagraph {
  id: string;
  split: string;
  text: string;
  file: string;
  indicators: Key[];
}

/** An expected indicator of the corpus, as far as training reads it. */
interface Key {
  name: string;
  unit: string;
  actual?: number;
  plan?: number;
}

/** The odd halves the blind replay measures (split at ba8f8f8, before anyone tuned on them). */
export const REPLAYED = new Set(["heldout7", "heldout8", "heldout9", "heldout10"]);

/**
 * The paragraphs a model may learn from; `withReplayed` false leaves out held-out 7 … 10 whole: the
 * blind replay measures their odd halves, and their even halves (same writers, read since) would let
 * it learn those writers before the replay meets them.
 */
export function trainingParagraphs(dir: string, withReplayed = true): KeyedParagraph[] {
  const out: KeyedParagraph[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const all = (JSON.parse(readFileSync(join(dir, file), "utf8")) as { paragraphs: KeyedParagraph[] })
      .paragraphs;
    for (const p of all)
      if (mayTuneOn(p) && (withReplayed || !REPLAYED.has(p.split)))
        out.push({ ...p, file, text: p.text.normalize("NFC") });
  }
  return out;
}

export interface Instance {
  file: string;
  id: string;
  features: string[];
  /** The key says target. */
  target: boolean;
  rulesPlan: boolean;
  marked: boolean | null;
  /** Read by the extractor of the commit that added its set (the others read it later, as extra data). */
  primary: boolean;
  /** The rules read results and targets in its paragraph. */
  mixed: boolean;
  /** The bar of the policy it faces in the hook (extract-tense-learnt.ts `barOf`). */
  bar: "guessed" | "marked" | "none";
  /** How much it counts in training (1 unless set: the tests' sentences count less). */
  weight?: number;
}

/** The corpus test's matching (tests/core/extract-corpus.test.ts): figures equal, names' Dice overlap. */
export const near = (a: number, b: number): boolean =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const words = (s: string): Set<string> =>
  new Set(
    foldText(s)
      .split(/[^a-z0-9]+/u)
      .filter(Boolean),
  );
export function overlap(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  let c = 0;
  for (const w of x) if (y.has(w)) c++;
  return x.size + y.size === 0 ? 0 : (2 * c) / (x.size + y.size);
}

export type RulesExtract = (text: string) => Proposal[];
export type RulesClauses = (text: string) => TenseClause[];

/**
 * One instance per proposal of the rules whose figure a key holds: the key's role is the label.
 * A key takes the proposal of its figure and unit with the closest name (one to one).
 */
export interface Rules {
  extract: RulesExtract;
  clauses: RulesClauses;
}

/**
 * Each key with the proposal that holds its figure, one to one, in key order: of the free proposals
 * with the key's value, those in its unit first, then the name that overlaps most.
 */
function keyedPairs(proposals: readonly Proposal[], keys: readonly Key[]): [Key, Proposal][] {
  const free = new Set(proposals);
  const pairs: [Key, Proposal][] = [];
  for (const e of keys) {
    const v = e.actual ?? e.plan;
    if (v === undefined) continue;
    const same = [...free].filter((p) => {
      const pv = proposalValue(p);
      return pv !== null && near(pv, v);
    });
    const unitSame = same.filter((p) => foldText(p.unit) === foldText(e.unit));
    const pick = (unitSame.length > 0 ? unitSame : same).sort(
      (a, b) => overlap(b.name, e.name) - overlap(a.name, e.name),
    )[0];
    if (pick === undefined) continue;
    free.delete(pick);
    pairs.push([e, pick]);
  }
  return pairs;
}

/** The instance of one proposal of the rules in its paragraph, with its features and label. */
function instanceOf(
  par: KeyedParagraph,
  reader: number,
  clauses: readonly TenseClause[],
  p: Proposal,
  ctx: TenseContext,
  features: (m: TenseMention) => string[],
  target: boolean,
): Instance {
  const m = mentionOf(par.text, p, clauses);
  return {
    file: par.file,
    id: par.id,
    features: features(m),
    target,
    rulesPlan: m.rulesPlan,
    marked: m.marked,
    primary: reader === 0,
    mixed: m.mixed === true,
    bar: barOf(par.text, m, clauses, ctx),
  };
}

/** Each paragraph as each of its readers saw it: proposals, clauses and the shared context. */
function readings(
  paragraphs: readonly KeyedParagraph[],
  readersOf: (p: KeyedParagraph) => readonly Rules[],
  each: (
    par: KeyedParagraph,
    reader: number,
    proposals: Proposal[],
    clauses: TenseClause[],
    ctx: TenseContext,
  ) => void,
): void {
  for (const par of paragraphs)
    for (const [reader, rules] of readersOf(par).entries())
      each(par, reader, rules.extract(par.text), rules.clauses(par.text), tenseContext(par.text));
}

/** One instance per proposal of the rules: positive when a key holds its figure (one to one). */
export function indicatorInstancesOf(
  paragraphs: readonly KeyedParagraph[],
  readersOf: (p: KeyedParagraph) => readonly Rules[],
): Instance[] {
  const out: Instance[] = [];
  readings(paragraphs, readersOf, (par, reader, proposals, clauses, ctx) => {
    const keyed = new Set(keyedPairs(proposals, par.indicators).map(([, p]) => p));
    for (const p of proposals)
      out.push(
        instanceOf(
          par,
          reader,
          clauses,
          p,
          ctx,
          (m) => indicatorFeatures(par.text, m, p.name, p.unit, ctx),
          keyed.has(p),
        ),
      );
  });
  return out;
}

const DROP_BARS = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5];

/** The bar below which a proposal is dropped: most wrong ones dropped less right ones; 0 drops none. */
export function chooseDropBar(scored: readonly Scored[]): { bar: number; dropped: [number, number] } {
  let best = { bar: 0, dropped: [0, 0] as [number, number] };
  let gain = 0;
  for (const bar of DROP_BARS) {
    const wrong = scored.filter((s) => s.pTarget < bar && !s.instance.target).length;
    const right = scored.filter((s) => s.pTarget < bar && s.instance.target).length;
    if (wrong - 2 * right > gain) {
      gain = wrong - 2 * right;
      best = { bar, dropped: [wrong, right] };
    }
  }
  return best;
}

/** One instance per keyed figure the rules proposed: the key's role is the label. */
export function instancesOf(
  paragraphs: readonly KeyedParagraph[],
  readersOf: (p: KeyedParagraph) => readonly Rules[],
): Instance[] {
  const out: Instance[] = [];
  readings(paragraphs, readersOf, (par, reader, proposals, clauses, ctx) => {
    for (const [e, pick] of keyedPairs(proposals, par.indicators))
      out.push(
        instanceOf(
          par,
          reader,
          clauses,
          pick,
          ctx,
          (m) => tenseFeatures(par.text, m, ctx),
          e.actual === undefined,
        ),
      );
  });
  return out;
}

/** A text the extraction unit tests give extractIndicators, as today's rules read it. */
export interface TestReading {
  text: string;
  proposals: Proposal[];
  clauses: TenseClause[];
}

/** The texts recorded by scripts/extract-test-texts.cjs (one JSON line each), "auto" mode, once each. */
export function testTexts(file: string): { text: string; convention: NumberConvention }[] {
  const seen = new Set<string>();
  const out: { text: string; convention: NumberConvention }[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line.trim() === "") continue;
    const r = JSON.parse(line) as { text: string; convention: NumberConvention; mode: string };
    const text = r.text.normalize("NFC");
    if (r.mode !== "auto" || seen.has(text)) continue;
    seen.add(text);
    out.push({ text, convention: r.convention });
  }
  return out.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
}

/** At most this many figures of one test text train: the speed tests' pastes repeat one line 1 000 times. */
const PER_TEST_TEXT = 12;

/**
 * The tests' sentences as training: each proposal labelled with today's rules' tense, which the
 * tests hold (they pass). Never scored in validation: the file "(tests)" has no primary instances.
 */
export function testInstances(readings: readonly TestReading[], weight = 1): Instance[] {
  const out: Instance[] = [];
  for (const [i, r] of readings.entries()) {
    const par: KeyedParagraph = {
      id: `t${i}`,
      split: "tests",
      text: r.text,
      file: "(tests)",
      indicators: [],
    };
    const ctx = tenseContext(r.text);
    const plain = r.proposals.filter((p) => p.actual !== null || p.plan !== null);
    const step = Math.max(1, Math.ceil(plain.length / PER_TEST_TEXT));
    for (let k = 0; k < plain.length; k += step) {
      const p = plain[k] as Proposal;
      out.push({
        ...instanceOf(par, 1, r.clauses, p, ctx, (m) => tenseFeatures(r.text, m, ctx), p.actual === null),
        weight,
      });
    }
  }
  return out;
}

/** A fixed-seed generator, so that training twice gives the same weights. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface TrainOptions {
  epochs: number;
  rate: number;
  l2: number;
  seed: number;
}
export const TRAIN: TrainOptions = { epochs: 30, rate: 0.1, l2: 1e-4, seed: 20261206 };

/** Logistic regression by stochastic gradient descent in a seeded order. */
export function train(instances: readonly Instance[], o: TrainOptions = TRAIN): Record<string, number> {
  const w = new Map<string, number>();
  const order = instances.map((_, i) => i);
  const rnd = lcg(o.seed);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    const rate = o.rate / (1 + epoch * 0.2);
    for (const k of order) {
      const x = instances[k] as Instance;
      let z = 0;
      for (const f of x.features) z += w.get(f) ?? 0;
      const g = ((x.target ? 1 : 0) - 1 / (1 + Math.exp(-z))) * (x.weight ?? 1);
      for (const f of x.features) {
        const old = w.get(f) ?? 0;
        w.set(f, old + rate * (g - (f === "b" ? 0 : o.l2 * old)));
      }
    }
  }
  const out: Record<string, number> = {};
  for (const k of [...w.keys()].sort()) out[k] = w.get(k) as number;
  return out;
}

/**
 * The `keep` features of largest weight (the bias always), rounded, less those under `tiny`: small
 * and stable.
 */
export function prune(weights: Record<string, number>, keep: number, tiny = 0): Record<string, number> {
  const kept = Object.entries(weights)
    .filter(([k, v]) => k !== "b" && Math.abs(v) >= tiny)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1))
    .slice(0, keep)
    .map(([k]) => k);
  const out: Record<string, number> = {};
  for (const k of ["b", ...kept].sort()) {
    const v = Math.round((weights[k] ?? 0) * 1e4) / 1e4;
    if (v !== 0) out[k] = v;
  }
  return out;
}

export interface Scored {
  instance: Instance;
  pTarget: number;
}

/** Leave one corpus file out: each file's instances scored by a model trained on the others. */
export function leaveOneFileOut(instances: readonly Instance[], keep: number): Scored[] {
  // Files with nothing to score (the extraction tests' sentences) only train.
  const files = [...new Set(instances.filter((x) => x.primary).map((x) => x.file))].sort();
  const out: Scored[] = [];
  for (const file of files) {
    const weights = prune(train(instances.filter((x) => x.file !== file)), keep);
    for (const x of instances.filter((i) => i.file === file && i.primary))
      out.push({ instance: x, pTarget: targetProbability(x.features, weights) });
  }
  return out;
}

/** Whether the role after the policy is the key's. */
export function decide(s: Scored, policy: TensePolicy): boolean {
  const x = s.instance;
  const disagree = x.rulesPlan ? 1 - s.pTarget : s.pTarget;
  const bar = x.bar === "none" ? 2 : x.bar === "guessed" ? policy.guessed : policy.marked;
  const plan = disagree > bar ? !x.rulesPlan : x.rulesPlan;
  return plan === x.target;
}

const BARS = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 2];

/**
 * The policy that gets most roles right over the held-out-file scores, among those `allowed` (the
 * extraction tests' sentences keep the rules' reading); ties go to the more cautious bars (fewer
 * flips), since a wrong flip costs a miss and an extra.
 */
export function choosePolicy(
  scored: readonly Scored[],
  allowed: (p: TensePolicy) => boolean = () => true,
): TensePolicy {
  let best: TensePolicy = { guessed: 2, marked: 2 };
  let bestRight = -1;
  for (const guessed of [...BARS].reverse())
    for (const marked of [...BARS].reverse()) {
      const policy = { guessed, marked };
      if (!allowed(policy)) continue;
      const right = scored.filter((s) => decide(s, policy)).length;
      if (right > bestRight) {
        best = policy;
        bestRight = right;
      }
    }
  return best;
}

/** Keys as prettier writes them, so that the file is the same before and after formatting. */
const entries = (weights: Record<string, number>): string[] =>
  Object.keys(weights)
    .sort()
    .map((k) => `    ${/^[A-Za-z_$][\w$]*$/u.test(k) ? k : JSON.stringify(k)}: ${weights[k]},`);

/** The generated weights module, keys sorted, one per line. */
export function weightsModule(
  weights: Record<string, number>,
  policy: TensePolicy,
  note: string,
  indicator?: { weights: Record<string, number>; bar: number },
): string {
  const lines = entries(weights);
  return [
    "// Generated by scripts/train-extract-model.ts (npm run train:extract): do not edit by hand.",
    `// ${note}`,
    'import type { TenseModel } from "./extract-tense-learnt";',
    "",
    "export const TENSE_MODEL: TenseModel = {",
    `  policy: { guessed: ${policy.guessed}, marked: ${policy.marked} },`,
    "  weights: {",
    ...lines,
    "  },",
    ...(indicator === undefined
      ? []
      : [
          `  indicator: {`,
          `    bar: ${indicator.bar},`,
          "    weights: {",
          ...entries(indicator.weights).map((l) => `  ${l}`),
          "    },",
          "  },",
        ]),
    "};",
    "",
  ].join("\n");
}
