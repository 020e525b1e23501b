/**
 * The extractor on spoken and informal reporting (speeches, press-conference answers, minutes,
 * officials' chat messages): tuneAO's own thirty paragraphs, matched as the corpus test matches
 * (same figure, same folded unit, name Dice ≥ 0.5, one-to-one). The odd paragraphs were tuned on;
 * the even ones are only measured, so their floor below is the figure reported, not a target.
 */
import { extractIndicators, type Proposal } from "../../src/core/extract";
import { foldText } from "../../src/core/rules";
import { nameOverlap } from "./proposals";
import { SPOKEN_PARAGRAPHS, type SpokenKey, type SpokenParagraph } from "./spoken-informal-paragraphs";

const same = (a: number, b: number): boolean =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function figureMatches(p: Proposal, k: SpokenKey): boolean {
  if (k.actual !== undefined) return p.actual !== null && same(p.actual, k.actual);
  if (k.plan === undefined || p.actual !== null) return false;
  if (p.plan !== null && same(p.plan, k.plan)) return true;
  const inText = p.planText === null ? null : /\d+(?:,\d+)?/u.exec(p.planText.replace(/\./gu, ""));
  return inText !== null && same(Number(inText[0].replace(",", ".")), k.plan);
}

const matches = (p: Proposal, k: SpokenKey): boolean =>
  figureMatches(p, k) && foldText(p.unit) === foldText(k.unit) && nameOverlap(p.name, k.name) >= 0.5;

interface Score {
  matched: number;
  proposed: number;
  expected: number;
  lines: string[];
}

function score(paragraphs: SpokenParagraph[]): Score {
  const out: Score = { matched: 0, proposed: 0, expected: 0, lines: [] };
  for (const para of paragraphs) {
    const free = new Set(extractIndicators(para.text, "vi"));
    out.proposed += free.size;
    out.expected += para.keys.length;
    for (const k of para.keys) {
      const p = [...free]
        .filter((c) => matches(c, k))
        .sort((a, b) => nameOverlap(b.name, k.name) - nameOverlap(a.name, k.name))[0];
      if (p) {
        free.delete(p);
        out.matched++;
      } else out.lines.push(`sp-${para.n} missed: ${k.name} | ${k.unit} | ${k.actual ?? k.plan}`);
    }
    for (const p of free)
      out.lines.push(`sp-${para.n} extra: ${p.name} | ${p.unit} | ${p.actual ?? p.plan ?? p.planText}`);
  }
  return out;
}

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
