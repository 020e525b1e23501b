/**
 * A learnt chooser for the NAME of an extracted indicator.
 *
 * The rules in extract.ts name a figure one shape at a time; on new writers the figure and unit are
 * mostly right while the name misses (the verb alone, "Phát hiện vụ", the lead-in of a bullet list
 * left out, the words after the unit cut). Here each proposal gets a few names made GENERICALLY from
 * the text around its figure (the rules' name, the noun phrase after the figure, the words before it,
 * the lead-in before a colon or of a bullet list, the opening of the sentence, and joins of these),
 * and a linear model over generic features scores them. The weights are data
 * (extract-name-weights.ts), written by scripts/train-name-model.ts from the tuning paragraphs of
 * the corpus; the rules' name is kept unless the model prefers another by at least the model's margin
 * (chosen by leave-one-file-out validation, not on a test's figures).
 */
import type { DoubtReason, Proposal } from "./extract-types";
import { foldName } from "./rules/text";
import { isSender } from "./extract-text";

export type CandidateKind =
  | "rules"
  | "post"
  | "postShort"
  | "pre"
  | "preRest"
  | "preRest2"
  | "preTail"
  | "preHead"
  | "afterUnit"
  | "rulesAfterUnit"
  | "subjectNext"
  | "lead"
  | "postLead"
  | "rulesLead"
  | "rulesHeading"
  | "rulesPost"
  | "subject"
  | "postSubject"
  | "rulesCut"
  | "rateRules"
  | "ratePost"
  | "rateSubject"
  | "preClean";

export interface NameCandidate {
  /** As the extractor writes names: trimmed, capital first letter. */
  name: string;
  /** Every way this name was made (two ways can give the same words). */
  kinds: CandidateKind[];
}

export interface NameModel {
  weights: Readonly<Record<string, number>>;
  /** The model's name replaces the rules' only when it scores this much higher. */
  margin: number;
}

/** The words of the text around a proposal's figure that candidates are made of. */
interface Context {
  /** Folded word just before the figure ("" at a clause start). */
  before: string;
  pre: string[];
  /** The words before the figure after another figure in the clause, and those before that figure. */
  preTail: string[];
  preHead: string[];
  post: string[];
  postShort: string[];
  lead: string[];
  /** "- Tổng vốn: …" under a heading line: the heading, besides the item's own lead-in. */
  heading: string[];
  subject: string[];
  /** After a short opening clause ("Trong năm", "Đến nay"): the clause after it. */
  subjectNext: string[];
  /** The words after the unit ("1,86 tỷ đồng để làm đường giao thông" → "để làm đường giao thông"). */
  afterUnit: string[];
  colon: boolean;
  bullet: boolean;
}

const SCALE = new Set(["nghìn", "ngàn", "triệu", "tỷ", "vạn"]);
/** Words that end the noun phrase after a figure: prepositions, verbs of comparison, linkers. */
const POST_STOP = new Set(
  [
    "cho",
    "tại",
    "trên",
    "với",
    "của",
    "đến",
    "ở",
    "đạt",
    "tăng",
    "giảm",
    "bằng",
    "chiếm",
    "so",
    "được",
    "là",
    "trong",
    "và",
    "từ",
    "theo",
    "vào",
    "thuộc",
    "trị",
    "với",
    "gồm",
    "nhưng",
    "còn",
    "vượt",
    "có",
    "đã",
    "đang",
    "ước",
  ].map((w) => w.normalize("NFC")),
);
const MAX_WORDS = 12;
/** First words of an opening that frames a sentence rather than names what it counts. */
// "Tại kỳ thi …, tỉnh có 52 học sinh đạt giải": where it happened frames the sentence too.
const FRAME = new Set(["thuc", "ve", "theo", "nham", "qua", "sau", "trien", "tai"]);
/** Words that hedge a figure ("khoảng 620 tấn"): no part of its name. */
const HEDGE = new Set(
  ["khoảng", "gần", "hơn", "trên", "dưới", "ước", "đạt", "còn", "chỉ", "là", "được", "có"].map((w) =>
    w.normalize("NFC"),
  ),
);
/** Names of a percentage that say already what it is. */
const RATE_HEADS = new Set(["ty le", "ty trong", "toc do", "chi so", "tang truong", "muc giam", "muc tang"]);

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";

/** A "." or "," between two digits is part of a number, not punctuation. */
function isPunct(text: string, i: number, marks: string): boolean {
  const c = text[i] ?? "";
  if (!marks.includes(c)) return false;
  if ((c === "." || c === ",") && isDigit(text[i - 1]) && isDigit(text[i + 1])) return false;
  return true;
}

const HARD = ".;:!?\n";
const CLAUSE = `${HARD},()`;

/**
 * How far a look for punctuation goes: a name's words are near its figure, and a text with no
 * punctuation for pages must not make each look a scan of the whole text (extraction stays linear).
 */
const REACH = 1000;

function lastBoundary(text: string, from: number, marks: string, floor = Math.max(0, from - REACH)): number {
  for (let i = from - 1; i >= floor; i--) if (isPunct(text, i, marks)) return i;
  return floor - 1;
}

function nextBoundary(text: string, from: number, marks: string): number {
  const end = Math.min(text.length, from + REACH);
  for (let i = from; i < end; i++) if (isPunct(text, i, marks)) return i;
  return end;
}

/** Words of a span: split on spaces, edge punctuation and brackets' content dropped. */
function wordsOf(span: string): string[] {
  return span
    .replace(/\([^)]*\)?/gu, " ")
    .replace(/[“”"'«»]/gu, " ")
    .split(/\s+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu, ""))
    .filter((w) => w !== "");
}

const fold = (w: string): string => foldedKey(w);

/** The figure's own digits within the proposal's source: the number followed by its unit. */
function figureSpan(text: string, p: Proposal): { start: number; end: number } | null {
  const span = text.slice(p.source.start, p.source.end);
  const numbers = [...span.matchAll(/\d+(?:[.,]\d+)*(?:\/\d+(?:[.,]\d+)*)?/gu)];
  if (numbers.length === 0) return null;
  const unitHead = fold(p.unit.split(/[\s/]/u)[0] ?? "");
  const followed = numbers.find((m) => {
    const rest = wordsOf(span.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 40));
    const first = rest.find((w) => !SCALE.has(w.toLowerCase())) ?? "";
    const glued = span[(m.index ?? 0) + m[0].length] === "%";
    return (p.unit === "%" && glued) || (unitHead !== "" && fold(first).startsWith(unitHead));
  });
  const m = followed ?? numbers[0];
  if (m === undefined) return null;
  const start = p.source.start + (m.index ?? 0);
  return { start, end: start + m[0].length };
}

/** Where the line holding offset `at` starts: text.lastIndexOf("\n", at - 1) + 1. */
export type LineStart = (at: number) => number;

const scanLineStart =
  (text: string): LineStart =>
  (at) =>
    text.lastIndexOf("\n", at - 1) + 1;

/**
 * Line starts of a text read from a table built on first use: a look back for the line's start per
 * figure went to the text's start in a paste with no line breaks (quadratic, hostile bench (x)).
 */
export function lineStarts(text: string): LineStart {
  let last: Int32Array | null = null;
  return (at) => {
    if (text.length === 0) return 0;
    if (last === null) {
      last = new Int32Array(text.length);
      let seen = -1;
      for (let i = 0; i < text.length; i++) {
        if (text.charCodeAt(i) === 0x0a) seen = i;
        last[i] = seen;
      }
    }
    // lastIndexOf reads a position below 0 as 0 and one past the end as the last character.
    return (last[Math.min(Math.max(at - 1, 0), text.length - 1)] as number) + 1;
  };
}

/** "- Tổng vốn: …" under "Kế hoạch đầu tư công …:": the heading line a bulleted item sits under. */
function listHeading(text: string, at: number, lineStart0: LineStart): string {
  const lineStart = lineStart0(at);
  if (!/^\s*[-+•*–]/u.test(text.slice(lineStart, at))) return "";
  let end = lineStart - 1;
  // A list of a few dozen items at most: a longer walk back would make extraction quadratic.
  for (let lines = 0; end > 0 && lines < 60; lines++) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(start, end).trim();
    if (!/^[-+•*–]/u.test(line)) {
      if (!line.endsWith(":")) return "";
      const body = line.slice(0, -1);
      return body.slice(lastBoundary(body, body.length, ".;") + 1);
    }
    end = start - 1;
  }
  return "";
}

function contextOf(text: string, p: Proposal, lineStart: LineStart = scanLineStart(text)): Context | null {
  const fig = figureSpan(text, p);
  if (fig === null) return null;
  const clauseStart = lastBoundary(text, fig.start, CLAUSE) + 1;
  const hard = lastBoundary(text, fig.start, HARD);
  const colon = hard >= 0 && text[hard] === ":";
  // A verb or linker right before the figure ("… giảm 6,1%, chỉ đạt", "… cho năng suất") is no name.
  const preWords = wordsOf(text.slice(clauseStart, fig.start));
  while (preWords.length > 1 && POST_STOP.has((preWords[preWords.length - 1] ?? "").toLowerCase()))
    preWords.pop();
  const pre = preWords.slice(-MAX_WORDS);
  // After another figure in the clause: "… 214 ha cho năng suất bình quân" → "ha cho năng suất bình quân".
  let lastFigure = preWords.length - 1;
  while (lastFigure >= 0 && !/\d/u.test(preWords[lastFigure] ?? "")) lastFigure--;
  const preTail = lastFigure < 0 ? [] : preWords.slice(lastFigure + 1).slice(-MAX_WORDS);
  const preHead =
    lastFigure < 0
      ? []
      : preWords
          .slice(0, lastFigure)
          .filter((w) => !/\d/u.test(w))
          .slice(-MAX_WORDS);
  let postWords = wordsOf(text.slice(fig.end, nextBoundary(text, fig.end, CLAUSE)));
  while (postWords.length > 0 && SCALE.has((postWords[0] ?? "").toLowerCase()))
    postWords = postWords.slice(1);
  if ((postWords[0] ?? "").startsWith("%")) postWords = postWords.slice(1);
  // Money names what it was for, not its currency: "1,86 tỷ đồng để làm đường" → "để làm đường".
  const unitWords = foldedKey(p.unit).split(" ").filter(Boolean);
  if (/dong|usd|euro/u.test(unitWords.join(" ")))
    while (postWords.length > 0 && unitWords.includes(fold(postWords[0] ?? "")))
      postWords = postWords.slice(1);
  // Another figure ends the phrase: "buổi tuyên truyền cho hơn 21.000 lượt người".
  const numeric = postWords.findIndex((w, i) => i > 0 && /\d/u.test(w));
  const post = (numeric < 0 ? postWords : postWords.slice(0, numeric)).slice(0, MAX_WORDS);
  const stop = post.findIndex((w, i) => i > 0 && POST_STOP.has(w.toLowerCase()));
  const postShort = stop < 0 ? post : post.slice(0, stop);
  let lead: string[] = [];
  if (colon) {
    const from = lastBoundary(text, hard, ".;!?\n") + 1;
    lead = wordsOf(text.slice(from, hard));
  }
  const headingWords = wordsOf(listHeading(text, fig.start, lineStart)).slice(-MAX_WORDS);
  const bullet = headingWords.length > 0;
  if (lead.length === 0 && bullet) lead = headingWords;
  lead = lead.slice(-MAX_WORDS);
  const sentenceStart = lastBoundary(text, fig.start, ".;!?\n") + 1;
  const firstClauseEnd = nextBoundary(text, sentenceStart, CLAUSE);
  const clauseWords = (from: number, to: number): string[] =>
    wordsOf(text.slice(from, to))
      .filter((w) => !/\d/u.test(w))
      .slice(0, MAX_WORDS);
  const opening = firstClauseEnd < clauseStart ? clauseWords(sentenceStart, firstClauseEnd) : [];
  // "Thực hiện Chương trình …, toàn tỉnh đã hỗ trợ …", "Về hỗ trợ …, năm 2025 …": an opening that
  // frames the sentence (what it is about, what was carried out) is no subject of its figures.
  const subject = FRAME.has(fold(opening[0] ?? "")) && opening.length > 3 ? [] : opening;
  const secondEnd = nextBoundary(text, firstClauseEnd + 1, CLAUSE);
  const subjectNext =
    opening.length > 0 && opening.length <= 3 && secondEnd < clauseStart
      ? clauseWords(firstClauseEnd + 1, secondEnd)
      : [];
  let afterUnit = post;
  let skipped = 0;
  while (skipped < unitWords.length && afterUnit.length > 0 && unitWords.includes(fold(afterUnit[0] ?? ""))) {
    afterUnit = afterUnit.slice(1);
    skipped++;
  }
  if (skipped === 0) afterUnit = [];
  const before = pre.length > 0 ? fold(pre[pre.length - 1] ?? "") : "";
  const heading = colon ? headingWords : [];
  return {
    before,
    pre,
    preTail,
    preHead,
    post,
    postShort,
    lead,
    heading,
    subject,
    subjectNext,
    afterUnit,
    colon,
    bullet,
  };
}

/** As the extractor writes a name: one space between words, a capital first letter. */
function asName(words: readonly string[]): string {
  const s = words.join(" ").trim();
  return s === "" ? "" : s.charAt(0).toUpperCase() + s.slice(1);
}

/** Folded keys of names seen lately: each candidate's key is asked for several times. */
const KEYS = new Map<string, string>();

function foldedKey(name: string): string {
  let key = KEYS.get(name);
  if (key === undefined) {
    key = foldName(name.toLowerCase())
      .split(/[^a-z0-9]+/u)
      .filter(Boolean)
      .join(" ");
    if (KEYS.size >= 4096) KEYS.clear();
    KEYS.set(name, key);
  }
  return key;
}

/** The names to choose from, the rules' name first. */
export function nameCandidates(text: string, p: Proposal): NameCandidate[] {
  return candidatesIn(p, contextOf(text, p));
}

function candidatesIn(p: Proposal, ctx: Context | null): NameCandidate[] {
  const out: NameCandidate[] = [];
  const add = (kind: CandidateKind, words: readonly string[] | string): void => {
    const name = typeof words === "string" ? words : asName(words);
    if (kind !== "rules" && foldedKey(name) === "") return;
    const key = foldedKey(name);
    const same = out.find((c) => foldedKey(c.name) === key);
    if (same) {
      if (!same.kinds.includes(kind)) same.kinds.push(kind);
    } else out.push({ name, kinds: [kind] });
  };
  add("rules", p.name);
  if (ctx === null) return out;
  const rulesWords = wordsOf(p.name);
  const rulesFolded = new Set(rulesWords.map(fold));
  add("post", ctx.post);
  add("postShort", ctx.postShort);
  add("pre", ctx.pre);
  if (ctx.pre.length >= 2) add("preRest", ctx.pre.slice(1));
  if (ctx.pre.length >= 3) add("preRest2", ctx.pre.slice(2));
  if (ctx.preTail.length > 0) add("preTail", ctx.preTail);
  if (ctx.preHead.length > 0) add("preHead", ctx.preHead);
  if (ctx.afterUnit.length > 0) {
    add("afterUnit", ctx.afterUnit);
    const more = ctx.afterUnit.filter((w) => !rulesFolded.has(fold(w)));
    if (rulesWords.length > 0 && more.length > 0) add("rulesAfterUnit", [...rulesWords, ...more]);
  }
  if (ctx.lead.length > 0) {
    add("lead", ctx.lead);
    if (ctx.postShort.length > 0) add("postLead", [...ctx.postShort, ...ctx.lead]);
    if (rulesWords.length > 0)
      add("rulesLead", [...rulesWords, ...ctx.lead.filter((w) => !rulesFolded.has(fold(w)))]);
  }
  if (ctx.heading.length > 0 && rulesWords.length > 0)
    add("rulesHeading", [...rulesWords, ...ctx.heading.filter((w) => !rulesFolded.has(fold(w)))]);
  const extension = ctx.post.filter((w) => !rulesFolded.has(fold(w)));
  if (rulesWords.length > 0 && extension.length > 0 && extension.length < ctx.post.length + 1)
    add("rulesPost", [...rulesWords, ...extension]);
  if (ctx.subject.length > 0) {
    add("subject", ctx.subject);
    if (ctx.postShort.length > 0) add("postSubject", [...ctx.postShort, ...ctx.subject]);
  }
  if (ctx.subjectNext.length > 0) add("subjectNext", ctx.subjectNext);
  // The rules' name cut before a preposition or a verb of comparison ("Tổng lượt khách đến huyện …").
  const cut = rulesWords.findIndex((w, i) => i > 0 && POST_STOP.has(w.toLowerCase()));
  if (cut > 0) add("rulesCut", rulesWords.slice(0, cut));
  // The words before the figure less its hedges and the figures in them ("… khoảng", "2,31 tỷ USD").
  const clean = ctx.pre.filter((w) => !/\d/u.test(w) && !HEDGE.has(w.toLowerCase()));
  if (clean.length > 0 && clean.length < ctx.pre.length) add("preClean", clean);
  // A share is named "Tỷ lệ …" by most writers: the counted thing after it ("đạt 95% hộ gia đình").
  if (p.unit === "%") {
    const rate = (kind: CandidateKind, words: readonly string[]): void => {
      const head = words.slice(0, 2).map(fold).join(" ");
      const [first = "", ...rest] = words;
      // "Nông hộ" → "Tỷ lệ nông hộ"; an acronym ("BHYT") keeps its capitals.
      const lower = /^\p{Lu}\p{Ll}/u.test(first) ? first.charAt(0).toLowerCase() + first.slice(1) : first;
      if (words.length > 0 && !RATE_HEADS.has(head)) add(kind, ["tỷ", "lệ", lower, ...rest]);
    };
    rate("rateRules", rulesWords);
    rate("ratePost", ctx.postShort);
    rate("rateSubject", ctx.subject);
  }
  return out;
}

const bucket = (n: number): string => (n <= 3 ? String(n) : n <= 5 ? "4-5" : n <= 8 ? "6-8" : "9+");

const wordSet = (s: string): Set<string> => new Set(foldedKey(s).split(" ").filter(Boolean));

/** Dice coefficient over folded word sets (the corpus test's name overlap). */
export function dice(a: string, b: string): number {
  const x = wordSet(a);
  const y = wordSet(b);
  if (x.size + y.size === 0) return 0;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return (2 * common) / (x.size + y.size);
}

/** Generic features of one candidate for one proposal: kinds crossed with the text's shape. */
export function candidateFeatures(c: NameCandidate, p: Proposal, ctx: Context | null): string[] {
  const words = foldedKey(c.name).split(" ").filter(Boolean);
  const rules = foldedKey(p.name).split(" ").filter(Boolean);
  const reasons: readonly DoubtReason[] = p.confidence.level === "chac" ? [] : p.confidence.reasons;
  const kind = c.kinds[0] ?? "rules";
  const unitHead = foldedKey(p.unit).split(" ")[0] ?? "";
  const overlap = dice(c.name, p.name);
  const shared = [
    `len=${bucket(words.length)}`,
    `first=${words[0] ?? ""}`,
    `last=${words[words.length - 1] ?? ""}`,
    `before=${ctx?.before ?? ""}`,
    `rulesFirst=${rules[0] ?? ""}`,
    `rulesLen=${bucket(rules.length)}`,
    `unitIn=${unitHead !== "" && words.includes(unitHead)}`,
    `onlyUnit=${words.join(" ") === foldedKey(p.unit)}`,
    `dRules=${overlap >= 0.99 ? "1" : overlap >= 0.5 ? "hi" : overlap > 0 ? "lo" : "0"}`,
    `colon=${ctx?.colon ?? false}`,
    `bullet=${ctx?.bullet ?? false}`,
    `lead=${(ctx?.lead.length ?? 0) > 0}`,
    `unit=${p.unit === "%" ? "%" : /đồng|usd/u.test(p.unit) ? "money" : "count"}`,
    `plan=${p.actual === null}`,
    `sure=${reasons.length === 0}`,
    ...reasons.map((r) => `why=${r}`),
  ];
  // The candidate against the rules' name, word by word: which words it adds and which it drops.
  const rulesSet = new Set(rules);
  const wordsSet = new Set(words);
  const added = words.filter((w) => !rulesSet.has(w));
  const dropped = rules.filter((w) => !wordsSet.has(w));
  const versus =
    c.kinds[0] === "rules"
      ? []
      : [
          ...added.map((w) => `add=${w}`),
          ...dropped.map((w) => `drop=${w}`),
          `nAdd=${bucket(added.length)}`,
          `nDrop=${bucket(dropped.length)}`,
          `rulesLast=${rules[rules.length - 1] ?? ""}`,
          `rulesOnlyUnit=${rules.join(" ") === foldedKey(p.unit)}`,
          `digit=${words.some((w) => /\d/u.test(w))}`,
          // A longer name that keeps every word of the rules' (their name too thin), by how thin.
          `holds=${dropped.length === 0}|rulesLen=${bucket(rules.length)}|nAdd=${bucket(added.length)}`,
          `holds=${dropped.length === 0}|${kind}`,
        ];
  return [
    ...c.kinds.map((k) => `k=${k}`),
    ...shared.map((f) => `${kind}|${f}`),
    ...versus.map((f) => `vs|${f}`),
    // A few features shared by every kind: what any name from text tends to look like.
    `all|len=${bucket(words.length)}`,
    `all|last=${words[words.length - 1] ?? ""}`,
    `all|first=${words[0] ?? ""}`,
  ];
}

/** Candidates with their features, for training and for choosing. */
export function featuredCandidates(
  text: string,
  p: Proposal,
  lineStart: LineStart = scanLineStart(text),
): { candidates: NameCandidate[]; features: string[][] } {
  const ctx = contextOf(text, p, lineStart);
  const candidates = candidatesIn(p, ctx);
  return { candidates, features: candidates.map((c) => candidateFeatures(c, p, ctx)) };
}

export const scoreOf = (features: readonly string[], weights: Readonly<Record<string, number>>): number =>
  features.reduce((s, f) => s + (weights[f] ?? 0), 0);

/** A model's weights as a Map, made once: thousands of keys look up faster there than in an object. */
const WEIGHT_MAPS = new WeakMap<NameModel, Map<string, number>>();
function weightMap(model: NameModel): Map<string, number> {
  let map = WEIGHT_MAPS.get(model);
  if (map === undefined) {
    map = new Map(Object.entries(model.weights));
    WEIGHT_MAPS.set(model, map);
  }
  return map;
}

/** Who reports: a business by its kind ("Công ty cổ phần … đón", "Hợp tác xã … có"). */
const REPORTER = /^(?:tổng\s+)?(?:công ty|hợp tác xã|quỹ tín dụng|ngân hàng)(?!\p{L})/iu;
/** Another figure in a name, or what is left of it once its digits are dropped ("đạt triệu đồng"). */
const OTHER_FIGURE =
  /\d|(?<!\p{L})(?:nghìn|ngàn|triệu|tỷ(?!\s+(?:lệ|trọng|suất|giá)))(?!\p{L})|^(?:Nghìn|Triệu|Tỷ)\s+(?!lệ|trọng|suất|giá)/u;
/** Who speaks, and says so ("chúng tôi đặt mục tiêu doanh thu", "… Hồng Vân cho biết"). */
const SPEAKER =
  /^(?:chúng tôi|chúng ta|tôi)(?!\p{L})|(?<!\p{L})(?:cho biết|nhấn mạnh|phát biểu|khẳng định|nêu rõ)(?!\p{L})|(?<!\p{L})báo cáo\s*(?:[,:]|$)|(?<!\p{L})(?:cổ phần|TNHH|MTV)\s+\p{Lu}/iu;

/**
 * A candidate made of words no table names a row by, where the rules' name has none of them: the
 * business that reports, the speaker of a quotation or a business's legal name, another figure (a
 * share may be named by the amount it is a share of, "chiếm 33% GRDP" after "420 nghìn tỷ đồng").
 */
function isNoName(name: string, p: Proposal): boolean {
  const has = (re: RegExp): boolean => re.test(name) && !re.test(p.name);
  return has(REPORTER) || has(SPEAKER) || (p.unit !== "%" && has(OTHER_FIGURE));
}

/** The name the model picks for a proposal, or null when the rules' name stays. */
const MEDAL_OF_COLOUR = /^huy chương (?:vàng|bạc|đồng)(?:\s|$)/u;

export function chosenName(
  text: string,
  p: Proposal,
  model: NameModel,
  lineStart: LineStart = scanLineStart(text),
): string | null {
  // "5 huy chương bạc": a medal of a colour is named by both (extract-medals.ts); the words of a
  // winner or an event before it are no better name.
  if (MEDAL_OF_COLOUR.test(p.name.toLowerCase())) return null;
  const { candidates, features } = featuredCandidates(text, p, lineStart);
  if (candidates.length < 2) return null;
  const weights = weightMap(model);
  const scores = features.map((fs) => fs.reduce((sum, f) => sum + (weights.get(f) ?? 0), 0));
  let best = 0;
  // "Trạm Y tế phường …, 11 tháng: khám chữa bệnh 6.742 lượt": the office that sends a brief is who
  // reports, never what a figure counts.
  for (let i = 1; i < scores.length; i++)
    if (
      (scores[i] ?? 0) > (scores[best] ?? 0) &&
      !isSender(candidates[i]?.name ?? "") &&
      !isNoName(candidates[i]?.name ?? "", p)
    )
      best = i;
  if (best === 0 || (scores[best] ?? 0) - (scores[0] ?? 0) < model.margin) return null;
  return candidates[best]?.name ?? null;
}

/**
 * Proposals with the model's names where it prefers another name strongly enough. A renamed
 * proposal is unsure: the name was taken from words the rules did not choose.
 */
export function chooseNames(text: string, proposals: Proposal[], model: NameModel): Proposal[] {
  const lineStart = lineStarts(text);
  return proposals.map((p) => {
    const name = chosenName(text, p, model, lineStart);
    if (name === null) return p;
    const reasons: DoubtReason[] = p.confidence.level === "chac" ? [] : [...p.confidence.reasons];
    if (!reasons.includes("ten_ghep_tu_menh_de_khac")) reasons.push("ten_ghep_tu_menh_de_khac");
    const [first, ...rest] = reasons;
    return {
      ...p,
      name,
      confidence: { level: "khong_chac", reasons: [first ?? "ten_ghep_tu_menh_de_khac", ...rest] },
    };
  });
}
