/**
 * tuneAU's social-sector corpus (tests/core/extract-social-sectors-corpus.ts), scored as
 * tests/core/extract-corpus.test.ts scores the corpus files: same figure, same folded unit, name Dice
 * overlap ≥ 0.5, one-to-one. Split once by parity before any run: odd paragraphs tuned on, even ones
 * held out (their misses are not printed).
 * First read (extractor of a53f515): FIRST_READ_PENDING.
 */
import { scoreParagraphs } from "./corpus-match";
import { SOCIAL_PARAGRAPHS, type SocialParagraph } from "./extract-social-sectors-corpus";
import { read } from "./proposals";

const score = (paragraphs: SocialParagraph[]) => scoreParagraphs(paragraphs, read);

const half = (odd: boolean): SocialParagraph[] =>
  SOCIAL_PARAGRAPHS.filter((p) => Number(p.id.slice(1)) % 2 === (odd ? 1 : 0));

describe("social sectors (tuneAU's own corpus)", () => {
  it.each([
    ["odd (tuned on)", true, 0],
    ["even (held out)", false, 0],
  ])("%s half keeps its floor", (label, odd, floor) => {
    const s = score(half(odd));
    if (process.env.CHITIEU_TUNING === "1")
      console.log(
        `${label}: ${s.matched} matched, ${s.proposed} proposed, ${s.expected} expected` +
          (odd ? `\n${s.lines.join("\n")}` : ""),
      );
    expect(s.matched).toBeGreaterThanOrEqual(floor);
  });
});
