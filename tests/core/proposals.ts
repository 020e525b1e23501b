/**
 * How extraction tests read a text and look at what it proposes, written once so that ninety test
 * files do not each restate them. Each reader or view says in one line when to use it; a test file
 * that needs another view keeps its own, named for how it differs.
 */
import { extractIndicators, type Proposal } from "../../src/core/extract";
import { foldText } from "../../src/core/rules";

/** The proposals as the shipped extractor makes them (learnt names and tense): the default reader. */
export const read = (text: string): Proposal[] => extractIndicators(text, "vi");

/** The proposals with names and tense read by the rules alone: for rules a retrained model must not move. */
export const readByRules = (text: string): Proposal[] =>
  extractIndicators(text, "vi", { names: "rules", tense: "rules" });

/** The proposals with names read by the rules and tense learnt: for the naming rules alone. */
export const readNamesByRules = (text: string): Proposal[] =>
  extractIndicators(text, "vi", { names: "rules" });

/** The proposals with tense read by the rules and names learnt: for the tense rules alone. */
export const readTenseByRules = (text: string): Proposal[] =>
  extractIndicators(text, "vi", { tense: "rules" });

/** The proposal whose actual is `actual`: to look at one figure said as done. */
export const find = (got: readonly Proposal[], actual: number): Proposal | undefined =>
  got.find((p) => p.actual === actual);

/** The proposal whose actual or plan is `value`: to look at one figure, done or planned. */
export const findActualOrPlan = (ps: Proposal[], value: number): Proposal | undefined =>
  ps.find((p) => p.actual === value || p.plan === value);

/** A proposal as [name, actual, plan or its text, unit]: for plans that may be a number or words. */
export const nameActualPlanUnit = (p: Proposal): [string, number | null, number | null | string, string] => [
  p.name,
  p.actual,
  p.plan ?? p.planText,
  p.unit,
];

/** A proposal as [name, unit, actual, plan, plan's text]: when a plan's number and its words both matter. */
export const nameUnitActualPlans = (
  p: Proposal,
): [string, string, number | null, number | null, string | null] => [
  p.name,
  p.unit,
  p.actual,
  p.plan,
  p.planText,
];

/** Proposals as [name, actual, unit]: for lists where the plan plays no part. */
export const nameActualUnit = (ps: Proposal[]): [string, number | null, string][] =>
  ps.map((p) => [p.name, p.actual, p.unit]);

/** A text's proposals as [name, unit, actual]: for counts said as done. */
export const nameUnitActualOf = (text: string): [string, string, number | null][] =>
  read(text).map((p) => [p.name, p.unit, p.actual]);

/** A text's proposals as [name, unit]: when only the naming is tested. */
export const nameUnitOf = (text: string): [string, string][] => read(text).map((p) => [p.name, p.unit]);

/**
 * A text's proposals read by the rules alone as [name, actual, the plan only where there is no
 * actual]: for rules that decide between a result and a target.
 */
export const rulesNameActualOrPlan = (text: string): [string, number | null, string | null][] =>
  readByRules(text).map((p) => [p.name, p.actual, p.actual === null ? (p.planText ?? String(p.plan)) : null]);

/** How far two names agree, as the corpus matches them: Dice over their folded word sets. */
export function nameOverlap(a: string, b: string): number {
  const wordSet = (t: string): Set<string> =>
    new Set(
      foldText(t)
        .split(/[^a-z0-9]+/u)
        .filter(Boolean),
    );
  const x = wordSet(a);
  const y = wordSet(b);
  if (x.size + y.size === 0) return 0;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return (2 * common) / (x.size + y.size);
}

/** A plan's figure, also one written with its bound ("dưới 1,5%"), as the corpus matches it; null for a result. */
export const planFigure = (p: Proposal): number | null => {
  if (p.actual !== null) return null;
  if (p.plan !== null) return p.plan;
  const inText = p.planText === null ? null : /\d+(?:,\d+)?/u.exec(p.planText.replace(/\./gu, ""));
  return inText === null ? null : Number(inText[0].replace(",", "."));
};
