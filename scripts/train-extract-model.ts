/**
 * npm run train:extract: trains the learnt tense model (src/core/extract-tense-model.ts) and writes
 * src/core/extract-tense-weights.ts. Deterministic: the same corpus and history give the same file.
 *
 * The rules of today were tuned on every paragraph the model may learn from, so on them the rules
 * are never wrong and a model would learn only to agree. The model must learn when the rules err on
 * a writer they have not seen: each keyed set is read by the extractor of the commit that added it,
 * before anyone tuned on it (scripts/train-extract-model.mjs checks those out with `git archive`).
 *
 * `--replay`: the blind replay of the odd halves of held-out 7 … 10: a model trained without those
 * sets (either half) against the rules of ba8f8f8 (the commit that split them, before their tuning),
 * by the corpus test's matching.
 *
 * Data: every paragraph `mayTuneOn` lets through (scripts/corpus-splits.ts): since held-out 7 … 28
 * were reported on both halves, their even halves too, read by the same first extractor as their odd
 * halves (BLIND_RULES is by split, so a set's two halves have one reader). Leave-one-file-out leaves a
 * set's file, both halves, out.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { extractIndicators, tenseClauses, type Proposal } from "../src/core/extract";
import {
  applyLearntTense,
  flips,
  tenseScores,
  type TenseModel,
  type TensePolicy,
  type TenseScore,
} from "../src/core/extract-tense-learnt";
import { targetProbability } from "../src/core/extract-tense-model";
import { foldText } from "../src/core/rules";
import { isOddHalf } from "./corpus-splits";
import {
  chooseDropBar,
  choosePolicy,
  indicatorInstancesOf,
  decide,
  instancesOf,
  REPLAYED,
  leaveOneFileOut,
  prune,
  train,
  testInstances,
  testTexts,
  trainingParagraphs,
  weightsModule,
  type TestReading,
  type KeyedParagraph,
  type Rules,
  type Scored,
  near,
  overlap,
} from "./extract-model-training";

/** Which extractor read each split: the one of the commit that added it, blind to it. */
export const BLIND_RULES: Readonly<Record<string, string>> = {
  tune: "4aa6328",
  heldout1: "4aa6328",
  heldout2: "4aa6328",
  heldout3: "3eac504",
  heldout4: "0a6ef49",
  heldout5: "858cda8",
  heldout6: "f34af16",
  heldout7: "ba8f8f8",
  heldout8: "ba8f8f8",
  heldout9: "ba8f8f8",
  heldout10: "ba8f8f8",
  // The rules before anyone tuned on held-out 11 … 13 (their odd halves opened on 2026-12-07).
  heldout11: "08e2def",
  heldout12: "08e2def",
  heldout13: "08e2def",
  // The rules before anyone tuned on held-out 14 … 16 (their odd halves opened after their first run).
  heldout14: "8795fd3",
  heldout15: "8795fd3",
  heldout16: "8795fd3",
  // The rules before anyone tuned on held-out 17 … 25 (their odd halves opened after their first run).
  heldout17: "7630308",
  heldout18: "7630308",
  heldout19: "7630308",
  heldout20: "7630308",
  heldout21: "7630308",
  heldout22: "7630308",
  heldout23: "7630308",
  heldout24: "7630308",
  heldout25: "7630308",
  // Read first by the extractor of 463a919 (their first run, README item 24), opened after it.
  heldout26: "463a919",
  heldout27: "463a919",
  heldout28: "463a919",
  // Read blind last by the extractor of 95a0333 (the start of their opening session, README item 28).
  heldout29: "95a0333",
  heldout30: "95a0333",
  heldout31: "95a0333",
  heldout32: "95a0333",
  heldout33: "95a0333",
  heldout34: "95a0333",
  // Read blind last by the extractor of 9fe1665 (the start of their opening session, README item 32).
  heldout35: "9fe1665",
  heldout36: "9fe1665",
  heldout37: "9fe1665",
  heldout38: "9fe1665",
  heldout39: "9fe1665",
  heldout40: "9fe1665",
  // Read blind last by the extractor of 264e106 (the start of their opening session, README item 36).
  heldout41: "264e106",
  heldout42: "264e106",
  heldout43: "264e106",
  heldout44: "264e106",
  heldout45: "264e106",
  heldout46: "264e106",
  heldout47: "264e106",
  heldout48: "264e106",
  heldout49: "264e106",
  // Read blind last by the extractor of 0ec978f (the start of their opening session, README item 40).
  heldout50: "0ec978f",
  heldout51: "0ec978f",
  heldout52: "0ec978f",
  heldout53: "0ec978f",
  heldout54: "0ec978f",
  heldout55: "0ec978f",
  heldout56: "0ec978f",
  heldout57: "0ec978f",
};

const KEEP = 3000;
/** Weights smaller than this change no decision worth its bytes in the add-in. */
const TINY = 0.01;
const pct = (n: number, d: number): string => `${n}/${d} (${(n / d).toFixed(3)})`;

function report(scored: readonly Scored[], policy: TensePolicy): void {
  const line = (part: readonly Scored[]): string =>
    `rules ${pct(part.filter((s) => s.instance.rulesPlan === s.instance.target).length, part.length)}, model alone ${pct(
      part.filter((s) => s.pTarget > 0.5 === s.instance.target).length,
      part.length,
    )}, rules + model ${pct(part.filter((s) => decide(s, policy)).length, part.length)}`;
  console.log(`leave one file out (policy ${JSON.stringify(policy)}): ${line(scored)}`);
  for (const [label, marked] of [
    ["marked", true],
    ["guessed", false],
    ["not told", null],
  ] as const) {
    const part = scored.filter((s) => s.instance.marked === marked);
    if (part.length > 0) console.log(`  ${label}: ${line(part)}`);
  }
  for (const file of [...new Set(scored.map((s) => s.instance.file))])
    console.log(`  ${file}: ${line(scored.filter((s) => s.instance.file === file))}`);
}

/** The commits of BLIND_RULES, oldest first. */
const READERS = [...new Set(Object.values(BLIND_RULES))];

/**
 * Who reads a paragraph: first the extractor of the commit that added its set, then (more data on
 * how rules err on writers they have not seen) every older one, as blind to it.
 */
function readersOf(p: KeyedParagraph, versions: Readonly<Record<string, Rules>>): Rules[] {
  const own = BLIND_RULES[p.split] as string;
  const older = READERS.slice(0, READERS.indexOf(own)).reverse();
  return [own, ...older].map((c) => versions[c] as Rules);
}

let withIndicator = false;
// The tests' sentences train too, each figure labelled by today's rules (which the tests hold) and
// weighing a twentieth of a corpus figure (`--tests-weight W`; `--no-tests` leaves them out). At full
// weight leave-one-file-out fell from 0.985 to 0.962 (676 figures labelled by the rules teach the
// model to agree with the rules). 2026-12-07, with held-out 14 … 16's odd halves (2 559 figures):
// without them rules 0.964, rules + model 0.964 (bars 0.95 / never; lower bars flip up to 11 test
// figures); at 0.05 rules + model 0.977 (model alone 0.978) at bars 0.5 / 0.6, flipping none; at 0.1
// 0.980 at 0.6 / 0.5. Blind replay (7 … 10's odd halves) 0.832 / 0.838 without them, 0.850 / 0.856
// at 0.05 and at 0.1. Shipped 2026-12-07 (branch tense3, rules of 7630308, 360 test texts): rules
// 0.964, model alone 0.978, rules + model 0.978 at bars 0.5 / 0.8, flipping none; blind replay 0.830 /
// 0.836 → 0.857 / 0.863. The hand-held test that had kept it back asked the model alone to read a
// term report's "78,4 triệu đồng" as a result with the rules' reading swapped; its clause is word for
// word a resolution's target, so the test now asks for the ranking and the wired reading instead.
let withTests = true;
let testsWeight = 0.05;

function fit(
  paragraphs: readonly KeyedParagraph[],
  versions: Readonly<Record<string, Rules>>,
  tests: readonly TestReading[],
): TenseModel {
  const rulesFor = (p: KeyedParagraph): Rules[] => readersOf(p, versions);
  // Tense: each figure as its own first reader saw it (leave-one-file-out 0.990 against 0.988 with
  // the older readers too); the indicator head learns from every reader (19 wrong dropped, none
  // right, against 20 and 4 with the first reader only).
  const keyed = instancesOf(paragraphs, (p) => rulesFor(p).slice(0, 1));
  // The unit tests' sentences teach what no corpus paragraph shows (headings over a list of targets,
  // bracketed prior years, long pastes); they train every fold and are scored in none.
  const instances = [...keyed, ...(withTests ? testInstances(tests, testsWeight) : [])];
  console.log(
    `${paragraphs.length} paragraphs, ${keyed.length} keyed figures, ${instances.length - keyed.length} figures of ${tests.length} test texts, ${keyed.filter((x) => x.target).length} targets`,
  );
  const scored = leaveOneFileOut(instances, KEEP);
  const weights = prune(train(instances), KEEP, TINY);
  // The policy may flip no figure of the tests' sentences: they hold the rules' reading by hand.
  const onTests: TenseScore[] = tests.flatMap((r) => tenseScores(r.text, r.proposals, r.clauses, weights));
  const allowed = (p: TensePolicy): boolean => !onTests.some((s) => flips(s, p));
  const policy = choosePolicy(scored, allowed);
  const free = choosePolicy(scored);
  report(scored, policy);
  console.log(
    `  (unconstrained best ${JSON.stringify(free)}: ${scored.filter((s) => decide(s, free)).length} right, ${onTests.filter((s) => flips(s, free)).length} test figures flipped)`,
  );
  const out: TenseModel = { weights, policy };
  if (!withIndicator) return out;
  const candidates = indicatorInstancesOf(paragraphs, rulesFor);
  const heldOut = leaveOneFileOut(candidates, KEEP);
  const drop = chooseDropBar(heldOut);
  const wrong = candidates.filter((x) => !x.target && x.primary).length;
  console.log(
    `indicator head, leave one file out: ${candidates.filter((x) => x.primary).length} proposals, ${wrong} with no key; dropping below ${drop.bar} drops ${drop.dropped[0]} of those and ${drop.dropped[1]} right ones`,
  );
  // Measured, not kept by default: on the unit tests' own sentences it dropped right proposals (a
  // figure after filler words, rates listed in one clause), which no corpus file showed.
  return drop.bar > 0
    ? { ...out, indicator: { weights: prune(train(candidates), KEEP), bar: drop.bar } }
    : out;
}

type Key = KeyedParagraph["indicators"][number];
function figureMatches(p: Proposal, e: Key): boolean {
  if (e.actual !== undefined) return p.actual !== null && near(p.actual, e.actual);
  if (e.plan === undefined || p.actual !== null) return false;
  if (p.plan !== null && near(p.plan, e.plan)) return true;
  const inText = p.planText === null ? null : /\d+(?:,\d+)?/u.exec(p.planText.replace(/\./gu, ""));
  return inText !== null && near(Number(inText[0].replace(",", ".")), e.plan);
}
function matched(proposals: Proposal[], keys: readonly Key[]): number {
  const free = new Set(proposals);
  let n = 0;
  for (const e of keys) {
    const p = [...free]
      .filter(
        (c) => figureMatches(c, e) && foldText(c.unit) === foldText(e.unit) && overlap(c.name, e.name) >= 0.5,
      )
      .sort((a, b) => overlap(b.name, e.name) - overlap(a.name, e.name))[0];
    if (p) {
      free.delete(p);
      n++;
    }
  }
  return n;
}

export function run(versions: Readonly<Record<string, Rules>>, root: string, args: readonly string[]): void {
  const dir = join(root, "tests", "extract-corpus");
  withIndicator = args.includes("--indicator");
  withTests = !args.includes("--no-tests");
  const at = args.indexOf("--tests-weight");
  if (at >= 0) testsWeight = Number(args[at + 1]);
  const textsFile = process.env.CHITIEU_TEST_TEXTS;
  const tests: TestReading[] = (textsFile === undefined ? [] : testTexts(textsFile)).map(
    ({ text, convention }) => ({
      text,
      proposals: extractIndicators(text, convention, { tense: "rules" }),
      clauses: tenseClauses(text),
    }),
  );
  if (args.includes("--replay")) {
    const model = fit(trainingParagraphs(dir, false), versions, tests);
    const pre = versions.ba8f8f8 as Rules;
    const odd = trainingParagraphs(dir).filter((p) => isOddHalf(p) && REPLAYED.has(p.split));
    let expected = 0;
    const tally = { rules: { tp: 0, proposed: 0 }, model: { tp: 0, proposed: 0 } };
    for (const p of odd) {
      expected += p.indicators.length;
      const rules = pre.extract(p.text);
      const learnt = applyLearntTense(p.text, rules, pre.clauses(p.text), model);
      tally.rules.tp += matched(rules, p.indicators);
      tally.rules.proposed += rules.length;
      tally.model.tp += matched(learnt, p.indicators);
      tally.model.proposed += learnt.length;
    }
    const oddScored = instancesOf(odd, () => [pre]).map((x) => ({
      instance: x,
      pTarget: targetProbability(x.features, model.weights),
    }));
    const right = (f: (s: Scored) => boolean): string => pct(oddScored.filter(f).length, oddScored.length);
    console.log(
      `replay, roles of the keyed figures ba8f8f8 proposed: rules ${right((s) => s.instance.rulesPlan === s.instance.target)}, model alone ${right((s) => s.pTarget > 0.5 === s.instance.target)}, rules + model ${right((s) => decide(s, model.policy))}`,
    );
    for (const [k, t] of Object.entries(tally))
      console.log(
        `replay, odd halves of held-out 7 … 10, ${k === "rules" ? "rules of ba8f8f8" : "ba8f8f8 + model"}: ${t.tp} matched, ${t.proposed} proposed, ${expected} expected → precision ${(t.tp / t.proposed).toFixed(3)}, recall ${(t.tp / expected).toFixed(3)}`,
      );
    return;
  }
  const paragraphs = trainingParagraphs(dir);
  const model = fit(paragraphs, versions, tests);
  const out = join(root, "src", "core", "extract-tense-weights.ts");
  const kept = Object.keys(model.weights).length;
  writeFileSync(
    out,
    weightsModule(
      model.weights as Record<string, number>,
      model.policy,
      `${paragraphs.length} paragraphs, each read by the extractor blind to it (BLIND_RULES); ${kept} features kept.`,
      model.indicator as { weights: Record<string, number>; bar: number } | undefined,
    ),
  );
  console.log(`wrote ${out}: ${kept} features`);
}
