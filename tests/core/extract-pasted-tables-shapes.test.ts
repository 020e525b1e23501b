/**
 * tuneBD's own table pastes of new shapes (extract-pasted-tables-shapes-corpus.ts), scored as the
 * corpus scores (same figure, same folded unit, name Dice ≥ 0.5). Odd pastes are tuned on; even pastes
 * only measured: first read FIRST_READ.
 */
import { matchedRows } from "./corpus-match";
import { SHAPE_PASTES, type ShapePaste } from "./extract-pasted-tables-shapes-corpus";
import { read } from "./proposals";

const isOdd = (p: ShapePaste): boolean => Number(p.id.slice(1)) % 2 === 1;
const odd = SHAPE_PASTES.filter(isOdd);
const even = SHAPE_PASTES.filter((p) => !isOdd(p));

const total = (ps: ShapePaste[]): [number, number] => [
  ps.reduce((s, p) => s + matchedRows(p.text, p.keys), 0),
  ps.reduce((s, p) => s + p.keys.length, 0),
];

describe("table pastes of new shapes (tuneBD)", () => {
  it("prints the odd half's reads when tuning", () => {
    if (process.env.CHITIEU_TUNING === "1" && process.env.BD_PRINT === "1") {
      for (const p of odd) {
        const got = read(p.text).map((x) => [x.name, x.unit, x.actual, x.plan]);
        console.log(p.id, matchedRows(p.text, p.keys), "/", p.keys.length, JSON.stringify(got));
      }
    }
    expect(SHAPE_PASTES).toHaveLength(24);
  });

  it("reads both halves", () => {
    console.log("BD odd", total(odd), "even", total(even));
    expect(total(odd)[1]).toBe(44);
  });
});
