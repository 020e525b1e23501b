/**
 * The extractor on spoken and informal reporting (speeches, press-conference answers, minutes,
 * officials' chat messages): tuneAO's own thirty paragraphs, matched as the corpus test matches
 * (same figure, same folded unit, name Dice ≥ 0.5, one-to-one). The odd paragraphs were tuned on;
 * the even ones are only measured, so their floor below is the figure reported, not a target.
 */
import { scoreParagraphs } from "./corpus-match";
import { read } from "./proposals";
import { SPOKEN_PARAGRAPHS, type SpokenParagraph } from "./spoken-informal-paragraphs";

const score = (paragraphs: SpokenParagraph[]) =>
  scoreParagraphs(
    paragraphs.map((p) => ({ id: `sp-${p.n}`, text: p.text, keys: p.keys })),
    read,
  );

const odd = SPOKEN_PARAGRAPHS.filter((p) => p.n % 2 === 1);
const even = SPOKEN_PARAGRAPHS.filter((p) => p.n % 2 === 0);

describe("spoken and informal reports (tuneAO's own paragraphs)", () => {
  it("were split once by parity: 15 tuned on, 15 only measured", () => {
    expect([odd.length, even.length]).toEqual([15, 15]);
  });

  it("keeps the measured even half at or above what tuneAO reported", () => {
    const s = score(even);
    if (process.env.CHITIEU_TUNING === "1") {
      console.log(
        [
          `even: ${s.matched} / ${s.proposed} / ${s.expected}`,
          `odd: ${JSON.stringify(score(odd), null, 1)}`,
          ...s.lines,
        ].join("\n"),
      );
    }
    expect(s.expected).toBe(EVEN_EXPECTED);
    expect(s.matched).toBeGreaterThanOrEqual(EVEN_MATCHED_FLOOR);
  });
});

const EVEN_EXPECTED = 73;
// 63 on main before tuneAO, 67 after; 66 once merged with tuneAM's office acronyms: the corpus keys
// keep "BHXH" 47 times to 1, and this half's own key "Nợ đóng bảo hiểm xã hội" (sp-20) spells it out.
const EVEN_MATCHED_FLOOR = 66;
