/**
 * tuneAN's news-article corpus (tests/core/extract-news-articles-corpus.ts), scored as
 * tests/core/extract-corpus.test.ts scores the corpus files: same figure, same folded unit, name Dice
 * overlap ≥ 0.5, one-to-one. Odd paragraphs were tuned on, even ones held out (split once, before any
 * run). Floors keep what the news rules reached.
 */
import { extractIndicators, type Proposal } from "../../src/core/extract";
import { foldText } from "../../src/core/rules";
import { NEWS_PARAGRAPHS, type NewsKey, type NewsParagraph } from "./extract-news-articles-corpus";
import { nameOverlap } from "./proposals";

const same = (x: number, y: number): boolean =>
  Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));

function figureMatches(p: Proposal, e: NewsKey): boolean {
  if (e.actual !== undefined) return p.actual !== null && same(p.actual, e.actual);
  if (e.plan === undefined || p.actual !== null) return false;
  if (p.plan !== null && same(p.plan, e.plan)) return true;
  const inText = p.planText === null ? null : /\d+(?:,\d+)?/u.exec(p.planText.replace(/\./gu, ""));
  return inText !== null && same(Number(inText[0].replace(",", ".")), e.plan);
}

const matches = (p: Proposal, e: NewsKey): boolean =>
  figureMatches(p, e) && foldText(p.unit) === foldText(e.unit) && nameOverlap(p.name, e.name) >= 0.5;

interface Score {
  matched: number;
  proposed: number;
  expected: number;
  misses: string[];
}

function score(paragraphs: NewsParagraph[]): Score {
  const s: Score = { matched: 0, proposed: 0, expected: 0, misses: [] };
  for (const para of paragraphs) {
    const got = extractIndicators(para.text, "vi");
    const free = new Set(got);
    for (const e of para.keys) {
      const hit = [...free]
        .filter((c) => matches(c, e))
        .sort((x, y) => nameOverlap(y.name, e.name) - nameOverlap(x.name, e.name))[0];
      if (hit) free.delete(hit);
      else s.misses.push(`${para.id} missed: ${e.name} ${e.actual ?? e.plan} ${e.unit}`);
    }
    for (const p of free) s.misses.push(`${para.id} extra: ${p.name} | ${p.actual ?? p.planText} ${p.unit}`);
    s.matched += got.length - free.size;
    s.proposed += got.length;
    s.expected += para.keys.length;
  }
  return s;
}

const half = (odd: boolean): NewsParagraph[] =>
  NEWS_PARAGRAPHS.filter((p) => Number(p.id.slice(1)) % 2 === (odd ? 1 : 0));

describe("news articles (tuneAN's own corpus)", () => {
  it.each([
    ["odd (tuned on)", true, 67],
    ["even (held out)", false, 64],
  ])("%s half keeps its floor", (label, odd, floor) => {
    const s = score(half(odd));
    if (process.env.CHITIEU_TUNING === "1")
      console.log(
        `${label}: ${s.matched} matched, ${s.proposed} proposed, ${s.expected} expected\n${s.misses.join("\n")}`,
      );
    expect(s.matched).toBeGreaterThanOrEqual(floor);
  });
});
