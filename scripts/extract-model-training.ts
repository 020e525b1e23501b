/**
 * Training of the learnt tense model (src/core/extract-tense-model.ts) on the keyed corpus: the
 * instances, a deterministic logistic regression, leave-one-file-out validation and the choice of
 * the flip policy. Used by scripts/train-extract-model.ts; the extractor is passed in so that a
 * replay can train on an older extractor's proposals.
 *
 * Honesty (tests/extract-corpus/README.md): only tuning splits and the ODD paragraphs of held-out 7
 * … 10 are ever read; even paragraphs and any later held-out set are dropped before anything else.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Proposal } from "../src/core/extract";
import {
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
} from "../src/core/extract-tense-model";
import { foldText } from "../src/core/rules";

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

const TUNING = new Set(["tune", "heldout1", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6"]);
const PARITY = new Set(["heldout7", "heldout8", "heldout9", "heldout10"]);

/** Odd paragraphs of held-out 7 … 10 (the halves tuned on). */
export const isOddHalf = (p: Pick<KeyedParagraph, "id" | "split">): boolean =>
  PARITY.has(p.split) && Number(/(\d+)$/u.exec(p.id)?.[1]) % 2 === 1;

/** The paragraphs a model may learn from; `withOdd` false leaves the odd halves out too. */
export function trainingParagraphs(dir: string, withOdd = true): KeyedParagraph[] {
  const out: KeyedParagraph[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const all = (JSON.parse(readFileSync(join(dir, file), "utf8")) as { paragraphs: KeyedParagraph[] })
      .paragraphs;
    for (const p of all)
      if (TUNING.has(p.split) || (withOdd && isOddHalf(p)))
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

/** One instance per proposal of the rules: positive when a key holds its figure (one to one). */
export function indicatorInstancesOf(
  paragraphs: readonly KeyedParagraph[],
  readersOf: (p: KeyedParagraph) => readonly Rules[],
): Instance[] {
  const out: Instance[] = [];
  for (const par of paragraphs)
    for (const [reader, rules] of readersOf(par).entries()) {
      const proposals = rules.extract(par.text);
      const clauses = rules.clauses(par.text);
      const ctx = tenseContext(par.text);
      const keyed = new Set(keyedPairs(proposals, par.indicators).map(([, p]) => p));
      for (const p of proposals) {
        const m = mentionOf(par.text, p, clauses);
        out.push({
          file: par.file,
          id: par.id,
          features: indicatorFeatures(par.text, m, p.name, p.unit, ctx),
          target: keyed.has(p),
          rulesPlan: m.rulesPlan,
          marked: m.marked,
          primary: reader === 0,
          mixed: clauses.some((c) => c.plan) && clauses.some((c) => !c.plan),
        });
      }
    }
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

export function instancesOf(
  paragraphs: readonly KeyedParagraph[],
  readersOf: (p: KeyedParagraph) => readonly Rules[],
): Instance[] {
  const out: Instance[] = [];
  for (const par of paragraphs)
    for (const [reader, rules] of readersOf(par).entries()) {
      const proposals = rules.extract(par.text);
      const clauses = rules.clauses(par.text);
      const ctx = tenseContext(par.text);
      for (const [e, pick] of keyedPairs(proposals, par.indicators)) {
        const m = mentionOf(par.text, pick, clauses);
        out.push({
          file: par.file,
          id: par.id,
          features: tenseFeatures(par.text, m, ctx),
          target: e.actual === undefined,
          rulesPlan: m.rulesPlan,
          marked: m.marked,
          primary: reader === 0,
          mixed: clauses.some((c) => c.plan) && clauses.some((c) => !c.plan),
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
      const g = (x.target ? 1 : 0) - 1 / (1 + Math.exp(-z));
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

/** The `keep` features of largest weight (the bias always), rounded: small and stable. */
export function prune(weights: Record<string, number>, keep: number): Record<string, number> {
  const kept = Object.entries(weights)
    .filter(([k]) => k !== "b")
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
  const files = [...new Set(instances.map((x) => x.file))].sort();
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
  const plan =
    disagree > (x.marked === false && x.mixed ? policy.guessed : policy.marked) ? !x.rulesPlan : x.rulesPlan;
  return plan === x.target;
}

// Bars under 0.98 flipped right readings in the repo's own extraction tests (the tuners' sentences,
// "Năm 2027, đàn trâu đạt 22.000 con, trong đó nông hộ 60%." after results): the leave-one-file-out
// best is chosen among the bars that keep them green.
const BARS = [0.98, 0.99, 2];

/**
 * The policy that gets most roles right over the held-out-file scores; ties go to the more
 * cautious bars (fewer flips), since a wrong flip costs a miss and an extra.
 */
export function choosePolicy(scored: readonly Scored[]): TensePolicy {
  let best: TensePolicy = { guessed: 2, marked: 2 };
  let bestRight = -1;
  // A tense the rules saw marked is never overridden: on the tuners' own sentences (the unit tests)
  // the model was wrong there, sure of itself, where the corpus had shown it right.
  for (const guessed of [...BARS].reverse())
    for (const marked of [2]) {
      const right = scored.filter((s) => decide(s, { guessed, marked })).length;
      if (right > bestRight) {
        best = { guessed, marked };
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
