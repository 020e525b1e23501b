/**
 * A learnt reading of a figure's tense: the probability that a figure the rules found is a target
 * (Kế hoạch) rather than a result (Thực hiện), from generic features of its context. The rules mark
 * a sentence's tense from cue words found one miss at a time, and a whole paragraph flips when one
 * cue is misread ("(mục tiêu 10 - 10,5%/năm)" beside a term's result, "phấn đấu đến năm 2030: …"
 * read as done). Here the cues are words and years around the figure whose weights were learnt on
 * the keyed corpus (scripts/train-extract-model.ts writes extract-tense-weights.ts); no list of cue
 * words is written by hand.
 */
import { foldText } from "./rules/text";

/** What the rules said about the figure, and where it is. */
export interface TenseMention {
  /** Offset of the figure in the paragraph (the proposal's source start). */
  at: number;
  /** The rules read it as a target. */
  rulesPlan: boolean;
  /**
   * The rules found the sentence's tense said (a marker, a year, a heading), not carried or guessed;
   * null when not known (older extractors the model was trained on did not tell).
   */
  marked: boolean | null;
  /** The rules read both results and targets in the text; null when not known. */
  mixed?: boolean | null;
}

/** A linear model: weight per feature, plus the bias under the feature "b". */
export type TenseWeights = Readonly<Record<string, number>>;

/** How many times one feature may count for a figure (see the end of tenseFeatures). */
const FEATURE_CAP = 3;

const YEAR = /(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)/gu;

/** Folded words (lower case, no diacritics), numbers replaced by a shape so figures do not leak in. */
function tokens(s: string): string[] {
  return foldText(s)
    .split(/[^a-z0-9%]+/u)
    .filter(Boolean)
    .map((w) => (/^(?:19|20)\d\d$/u.test(w) ? "<nam>" : /\d/u.test(w) ? "<so>" : w));
}

function grams(prefix: string, words: readonly string[], out: string[], bigrams = true): void {
  for (let i = 0; i < words.length; i++) {
    out.push(`${prefix}:${words[i] as string}`);
    if (bigrams && i > 0) out.push(`${prefix}:${words[i - 1] as string}_${words[i] as string}`);
  }
}

function yearsIn(s: string): number[] {
  return [...s.matchAll(YEAR)].map((m) => Number(m[0]));
}

interface Sentence {
  start: number;
  end: number;
  words: string[];
  /**
   * Its words as "s:" features, each at most three times (what `capped` leaves of them): built once
   * here, since pushing a sentence of thousands of words per figure, then capping, was quadratic.
   */
  grams: string[];
  years: number[];
  /** The largest of `years` (0 when none). */
  topYear: number;
  range: boolean;
  untilYear: boolean;
}

interface Block {
  start: number;
  end: number;
  words: string[];
  /** `words` as "g:" features, built once per block rather than per figure. */
  grams: string[];
  head: string[];
  years: number[];
  /** The largest and smallest of `years` (0 when none). */
  topYear: number;
  lowYear: number;
}

/**
 * What every figure of a text shares, read once per text (a long paste holds thousands of figures,
 * and reading the whole text per figure would be quadratic): sentences, and blocks between blank
 * lines, which stand for the paragraph.
 */
export interface TenseContext {
  sentences: Sentence[];
  blocks: Block[];
  lines: Line[];
  /** The first year the text names (a report's title or opening) and the largest. */
  firstYear: number;
  topYear: number;
}

/** A line of the text and the nearest heading above it (a short line with no closing punctuation). */
interface Line {
  start: number;
  bullet: boolean;
  heading: string[] | null;
  /** What the heading's words say: a plan ("Mục tiêu", "Một số chỉ tiêu chủ yếu"), results, or neither. */
  headingSays: "plan" | "act" | "none";
}

/** A short line without closing punctuation, as reports set their headings. */
function isHeading(line: string): boolean {
  const t = line.trim().replace(/:$/u, "");
  return (
    t !== "" && t.length <= 120 && !/[.!?…;,]$/u.test(t) && t.split(/\s+/u).length <= 16 && /\p{L}/u.test(t)
  );
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  let heading: string[] | null = null;
  let says: Line["headingSays"] = "none";
  const all = text.split("\n");
  for (const [i, raw] of all.entries()) {
    const bullet = /^\s*(?:[-+•*–]|[a-zđ]\)|\d{1,2}[.)]\s)/u.test(raw);
    out.push({ start, bullet, heading, headingSays: says });
    // A heading is a line of its own with more lines after it.
    if (i + 1 < all.length && !bullet && isHeading(raw)) {
      heading = tokens(raw).slice(0, 10);
      const f = foldText(raw);
      says = /ket qua|danh gia/u.test(f)
        ? "act"
        : /muc tieu|chi tieu|giai phap|phuong huong|ke hoach|nhiem vu/u.test(f)
          ? "plan"
          : /thuc hien/u.test(f)
            ? "act"
            : "none";
    }
    start += raw.length + 1;
  }
  return out;
}

export function tenseContext(text: string): TenseContext {
  const sentences: Sentence[] = [];
  const re = /[.!?…]+\s+(?=[\p{Lu}\d(“"-])|\n/gu;
  let start = 0;
  const push = (end: number, next: number): void => {
    const body = text.slice(start, end);
    const folded = foldText(body);
    const words = tokens(body);
    const inSentence = yearsIn(body);
    const sGrams: string[] = [];
    grams("s", words, sGrams, false);
    sentences.push({
      start,
      end,
      words,
      grams: capped(sGrams, FEATURE_CAP),
      years: inSentence,
      topYear: inSentence.length > 0 ? Math.max(...inSentence) : 0,
      range: /(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d/u.test(folded),
      untilYear: /(?:den|toi) nam (?:19|20)\d\d/u.test(folded),
    });
    start = next;
  };
  for (let m = re.exec(text); m !== null; m = re.exec(text)) push(m.index, m.index + m[0].length);
  push(text.length, text.length);
  const blocks: Block[] = [];
  const blank = /\n\s*\n/gu;
  let b = 0;
  const block = (end: number, next: number): void => {
    const body = text.slice(b, end);
    const words = [...new Set(tokens(body))];
    const gGrams: string[] = [];
    grams("g", words, gGrams, false);
    const inBlock = yearsIn(body);
    blocks.push({
      start: b,
      end,
      words,
      grams: gGrams,
      head: tokens(body.slice(0, 80)).slice(0, 8),
      years: inBlock,
      topYear: inBlock.length > 0 ? Math.max(...inBlock) : 0,
      lowYear: inBlock.length > 0 ? Math.min(...inBlock) : 0,
    });
    b = next;
  };
  for (let m = blank.exec(text); m !== null; m = blank.exec(text)) block(m.index, m.index + m[0].length);
  block(text.length, text.length);
  const years = yearsIn(text);
  return {
    sentences,
    blocks,
    lines: linesOf(text),
    firstYear: years[0] ?? 0,
    topYear: years.length > 0 ? Math.max(...years) : 0,
  };
}

/** The last item whose start is at or before `at` (items sorted by start). */
function holding<T extends { start: number }>(items: readonly T[], at: number): T {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((items[mid] as T).start <= at) lo = mid;
    else hi = mid - 1;
  }
  return items[lo] as T;
}

/** Features of one figure in its paragraph; the same function serves training and extraction. */
export function tenseFeatures(
  text: string,
  m: TenseMention,
  ctx: TenseContext = tenseContext(text),
): string[] {
  const f: string[] = ["b"];
  const rules = m.rulesPlan ? "plan" : "act";
  const how = m.marked === null ? "unk" : m.marked ? "marked" : "guess";
  f.push(`r:${rules}`, `r:${rules}_${how}`);
  const sent = holding(ctx.sentences, m.at);
  const par = holding(ctx.blocks, m.at);
  // At most 300 characters back: one clause of a sentence as long as a page says enough.
  const before = text.slice(Math.max(sent.start, m.at - 300), m.at);
  // The clause before the figure: back to the last ";" or ":" of the sentence.
  const cut = Math.max(before.lastIndexOf(";"), before.lastIndexOf(":"));
  const clause = tokens(before.slice(cut + 1));
  grams("c", clause.slice(-8), f);
  grams("n", clause.slice(-3), f, false);
  // Inside brackets: "(mục tiêu 10 - 10,5%/năm)" speaks of the figure before it.
  const open = before.lastIndexOf("(");
  if (open > before.lastIndexOf(")")) {
    f.push("br:in");
    grams("br", tokens(before.slice(open + 1)).slice(0, 3), f, false);
  }
  const after = tokens(text.slice(m.at, Math.min(sent.end, m.at + 80))).slice(1, 7);
  grams("a", after, f);
  // The sentence's words (grams("s", sent.words, f, false), capped), read once per sentence.
  for (const g of sent.grams) f.push(g);
  // The lead-in: before a colon in the sentence, else the sentence before.
  const colon = before.indexOf(":");
  if (colon >= 0) grams("l", tokens(before.slice(0, colon)).slice(-8), f);
  else if (sent.start > par.start) grams("p", holding(ctx.sentences, sent.start - 1).words.slice(0, 10), f);
  // The whole paragraph's words: a paragraph of targets is one throughout.
  for (const g of par.grams) f.push(g);
  // The paragraph's opening words (a heading or "Phương hướng năm 2026, …").
  grams("h", par.head, f);
  // Years: the sentence's against the paragraph's.
  const inSent = sent.years;
  const inClause = yearsIn(before.slice(cut + 1));
  const top = par.topYear;
  const low = par.lowYear;
  const rel = (y: number): string =>
    y === top && y > low ? "max" : y === low && y < top ? "min" : top === low ? "only" : "mid";
  if (inSent.length === 0) f.push("y:none");
  else {
    f.push(`y:sent_${rel(sent.topYear)}`);
    if (inSent.length > 1) f.push("y:sent_many");
  }
  const near = inClause[inClause.length - 1];
  if (near !== undefined) f.push(`y:clause_${rel(near)}`);
  if (sent.range) f.push("y:range");
  if (/(?:den|toi) nam (?:19|20)\d\d/u.test(foldText(before))) f.push("y:den_nam_before");
  else if (sent.untilYear) f.push("y:den_nam_sent");
  // Position: first sentence, how far into the paragraph.
  f.push(sent.start <= par.start ? "pos:first" : "pos:later");
  f.push(`pos:q${Math.min(3, Math.floor((4 * (m.at - par.start)) / Math.max(1, par.end - par.start)))}`);
  // Whether the rules read results and targets in the same text: a guess there is a guess between two.
  if (m.mixed !== undefined && m.mixed !== null)
    f.push(m.mixed ? "mix:yes" : "mix:no", `mix:${m.mixed}_${rules}_${how}`);
  // The heading over the line ("Một số chỉ tiêu chủ yếu năm 2020", "Kết quả thực hiện"), and a bullet under it.
  const line = holding(ctx.lines, m.at);
  if (line.heading !== null) {
    f.push(`hd:${line.headingSays}`, `hd:${line.headingSays}_${rules}`);
    grams("hw", line.heading, f, false);
    if (line.bullet) f.push(`hd:bullet_${line.headingSays}`);
  } else if (line.bullet) f.push("ln:bullet");
  // A prior year in brackets before the figure ("(năm 2019: 45%)", "(cùng kỳ năm 2025 là …)").
  if (open > before.lastIndexOf(")")) {
    const inBracket = yearsIn(before.slice(open + 1));
    const y = inBracket[inBracket.length - 1];
    if (y !== undefined) f.push(y < ctx.topYear ? "br:year_before" : "br:year_top");
  }
  // The sentence's year against the whole text's: its first (a report's year) and its largest.
  if (inSent.length > 0 && ctx.firstYear > 0) {
    const y = sent.topYear;
    f.push(`yt:first_${Math.sign(y - ctx.firstYear)}`, `yt:top_${Math.sign(y - ctx.topYear)}`);
    f.push(`yt:first_${Math.sign(y - ctx.firstYear)}_${rules}`);
  }
  // A word said twice in a sentence weighs twice (how many figures it lists says something), but at
  // most three times: a pasted line repeated a thousand times must not weigh a thousand times.
  return capped(f, FEATURE_CAP);
}

/** The features with none repeated more than `most` times, in their order. */
function capped(features: readonly string[], most: number): string[] {
  const seen = new Map<string, number>();
  return features.filter((k) => {
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return n <= most;
  });
}

/** What the heading over the figure's line says of its tense ("Mục tiêu" plan, "Kết quả" results). */
export function headingAt(ctx: TenseContext, at: number): "plan" | "act" | "none" {
  const line = holding(ctx.lines, at);
  return line.heading === null ? "none" : line.headingSays;
}

/** P(target) under the weights. */
export function targetProbability(features: readonly string[], weights: TenseWeights): number {
  let z = 0;
  for (const k of features) z += weights[k] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/**
 * Features of whether a figure is an indicator at all (not who attended, how many documents, an
 * age, the communes a letter was sent to): the tense features, with the words right around the
 * figure, its unit and its name.
 */
export function indicatorFeatures(
  text: string,
  m: TenseMention,
  name: string,
  unit: string,
  ctx: TenseContext = tenseContext(text),
): string[] {
  const f = tenseFeatures(text, m, ctx).filter((x) => !x.startsWith("g:") && !x.startsWith("h:"));
  const before = tokens(text.slice(Math.max(0, m.at - 40), m.at)).slice(-3);
  grams("w", before, f);
  f.push(`u:${foldText(unit)}`);
  grams("nm", tokens(name).slice(0, 6), f);
  return f;
}
