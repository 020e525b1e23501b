/**
 * tuneAN's news-article corpus (tests/core/extract-news-articles-corpus.ts), scored as
 * tests/core/extract-corpus.test.ts scores the corpus files: same figure, same folded unit, name Dice
 * overlap ≥ 0.5, one-to-one. Odd paragraphs were tuned on, even ones held out (split once, before any
 * run). Floors keep what the news rules reached.
 */
import { scoreParagraphs } from "./corpus-match";
import { NEWS_PARAGRAPHS, type NewsParagraph } from "./extract-news-articles-corpus";
import { read } from "./proposals";

const score = (paragraphs: NewsParagraph[]) => scoreParagraphs(paragraphs, read);

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
        `${label}: ${s.matched} matched, ${s.proposed} proposed, ${s.expected} expected\n${s.lines.join("\n")}`,
      );
    expect(s.matched).toBeGreaterThanOrEqual(floor);
  });
});
