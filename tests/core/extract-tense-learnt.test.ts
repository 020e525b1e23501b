/**
 * The learnt tense model (src/core/extract-tense-model.ts), its hook (extract-tense-learnt.ts) and its
 * training (scripts/extract-model-training.ts), on sentences written for this test (in no corpus file).
 * extractIndicators calls the hook in "auto" mode; these tests also apply it to the rules' own
 * proposals (`tense: "rules"`) with models of their own.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractIndicators, tenseClauses } from "../../src/core/extract";
import { applyLearntTense, figureAt, type TenseModel } from "../../src/core/extract-tense-learnt";
import { targetProbability, tenseFeatures } from "../../src/core/extract-tense-model";
import { TENSE_MODEL } from "../../src/core/extract-tense-weights";
import { isOddHalf, UNOPENED } from "../../scripts/corpus-splits";
import {
  prune,
  REPLAYED,
  train,
  trainingParagraphs,
  weightsModule,
  type Instance,
} from "../../scripts/extract-model-training";

const TERM =
  "Nhiệm kỳ 2020 - 2025, tốc độ tăng trưởng kinh tế bình quân 5 năm đạt 10,26%/năm (mục tiêu 10 - 10,5%/năm); thu nhập bình quân đầu người năm 2025 đạt 78,4 triệu đồng, gấp 1,6 lần năm 2020.";
const PLAN_2030 =
  "Về phát triển hạ tầng, phấn đấu đến năm 2030: tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 96%; tỷ lệ đô thị hóa đạt 45%; 100% xã đạt chuẩn nông thôn mới nâng cao.";

/** P(target) of the figure written `figure` in `text`, with the rules' reading given. */
function pTarget(text: string, figure: string, rulesPlan: boolean, marked: boolean): number {
  return targetProbability(
    tenseFeatures(text, { at: text.indexOf(figure), rulesPlan, marked }),
    TENSE_MODEL.weights,
  );
}

describe("learnt tense model", () => {
  // What the model must get right on its own is what the words say. A term report's "thu nhập bình
  // quân đầu người năm 2025 đạt 78,4 triệu đồng, gấp 1,6 lần năm 2020" is word for word how a 2020
  // resolution sets its 2025 target, and "tỷ lệ đô thị hóa đạt 45%" two clauses after "phấn đấu"
  // reads alone as a result: on such a clause the model follows the rules' reading (trained on 14 …
  // 16 too, it gives 78,4 0.93 where the rules guess a target, and 45% 0.47 where they guess a result).
  // So the rules' reading is swapped only where the words decide (a target in brackets beside a
  // result), and otherwise the model must rank the paragraph of targets above the term report's
  // results under the same reading of the rules, and keep the wired extraction's tense.
  const figures = (text: string, list: readonly string[], rulesPlan: boolean): number[] =>
    list.map((figure) => pTarget(text, figure, rulesPlan, false));
  const termFigures = ["10,26", "78,4"];
  const planFigures = ["96%", "45%", "100%"];

  it("reads a term report's results as results, the target in brackets beside them notwithstanding", () => {
    for (const p of figures(TERM, termFigures, false)) expect(p).toBeLessThan(0.5);
    // The figure beside "(mục tiêu 10 - 10,5%/năm)" is a result whatever the rules say.
    expect(pTarget(TERM, "10,26", true, false)).toBeLessThan(0.5);
    const found = extractIndicators(TERM, "vi");
    expect(found.map((p) => [p.actual, p.unit])).toEqual([
      [10.26, "%"],
      [78.4, "triệu đồng"],
    ]);
    // The shipped model keeps the rules' reading.
    expect(found).toEqual(extractIndicators(TERM, "vi", { tense: "rules" }));
    expect(applyLearntTense(TERM, found, tenseClauses(TERM))).toEqual(found);
  });

  it("reads a paragraph of 2030 targets as targets", () => {
    for (const p of figures(PLAN_2030, planFigures, true)) expect(p).toBeGreaterThan(0.5);
    const found = extractIndicators(PLAN_2030, "vi");
    expect(found.map((p) => [p.actual, p.plan])).toEqual([
      [null, 96],
      [null, 45],
      [null, 100],
    ]);
    expect(found).toEqual(extractIndicators(PLAN_2030, "vi", { tense: "rules" }));
    expect(applyLearntTense(PLAN_2030, found, tenseClauses(PLAN_2030))).toEqual(found);
  });

  it("ranks the targets above the term report's results whatever the rules say of either", () => {
    for (const rulesPlan of [false, true])
      expect(Math.max(...figures(TERM, termFigures, rulesPlan))).toBeLessThan(
        Math.min(...figures(PLAN_2030, planFigures, rulesPlan)),
      );
    // Told results, the model still leans to targets in most of the plan's list.
    expect(figures(PLAN_2030, planFigures, false).filter((p) => p > 0.5).length).toBeGreaterThanOrEqual(2);
  });

  it("features say where the years are and what is in brackets before the figure", () => {
    const f = tenseFeatures(TERM, { at: TERM.indexOf("10 - 10,5"), rulesPlan: true, marked: true });
    expect(f).toEqual(expect.arrayContaining(["b", "r:plan", "r:plan_marked", "br:in", "br:muc", "y:range"]));
    const g = tenseFeatures(PLAN_2030, { at: PLAN_2030.indexOf("96"), rulesPlan: false, marked: null });
    expect(g).toEqual(expect.arrayContaining(["r:act_unk", "l:phan_dau", "y:den_nam_before", "pos:first"]));
  });
});

describe("the hook", () => {
  const rules = extractIndicators(TERM, "vi");
  const sure = (b: number): TenseModel => ({ weights: { b }, policy: { guessed: 0.9, marked: 0.9 } });

  it("finds the figure inside the proposal's source, past the name's own numbers", () => {
    const growth = rules[0]!;
    expect(TERM.slice(figureAt(TERM, growth), figureAt(TERM, growth) + 5)).toBe("10,26");
  });

  it("flips results to targets and back when the model is sure, and leaves them when it is not", () => {
    const targets = applyLearntTense(TERM, rules, [], sure(10));
    expect(targets.map((p) => [p.actual, p.plan, p.planText])).toEqual([
      [null, 10.26, "10,26%"],
      [null, 78.4, "78,4"],
    ]);
    expect(applyLearntTense(TERM, targets, [], sure(-10)).map((p) => [p.actual, p.plan])).toEqual([
      [10.26, null],
      [78.4, null],
    ]);
    expect(applyLearntTense(TERM, rules, [], sure(1))).toEqual(rules);
  });

  it("opens the rules' guesses to the model only where their clauses mix results and targets", () => {
    const mixed =
      "Năm 2025, tổng sản phẩm trên địa bàn tăng 8,1%; thu ngân sách đạt 12.500 tỷ đồng. Năm 2026, tổng sản phẩm trên địa bàn tăng 9%.";
    const found = extractIndicators(mixed, "vi");
    const clauses = tenseClauses(mixed);
    expect(clauses.map((c) => [c.plan, c.marked])).toEqual([
      [false, false],
      [false, false],
      [true, true],
    ]);
    const guessesOnly: TenseModel = { weights: { b: 10 }, policy: { guessed: 0.9, marked: 2 } };
    expect(applyLearntTense(mixed, found, clauses, guessesOnly).map((p) => [p.actual, p.plan])).toEqual([
      [null, 8.1],
      [null, 12500],
      [null, null],
    ]);
    // Without the rules' clauses nothing is known guessed, and the marked bar (above 1) holds.
    expect(applyLearntTense(mixed, found, [], guessesOnly)).toEqual(found);
  });

  it("leaves a flipped proposal unsure, with the model as the reason", () => {
    const [growth] = applyLearntTense(TERM, rules, [], sure(10));
    expect(growth?.plan).toBe(10.26);
    expect(growth?.confidence).toEqual({ level: "khong_chac", reasons: ["thi_theo_mo_hinh"] });
  });

  it("flips nothing under a heading that says the tense, however sure the model", () => {
    const listed =
      "Một số chỉ tiêu chủ yếu năm 2027\n- Tốc độ tăng trưởng kinh tế 8,2%.\n- Thu ngân sách 1.250 tỷ đồng.";
    const found = extractIndicators(listed, "vi", { tense: "rules" });
    expect(found.map((p) => [p.actual, p.plan])).toEqual([
      [null, 8.2],
      [null, 1250],
    ]);
    const sureResult: TenseModel = { weights: { b: -10 }, policy: { guessed: 0.5, marked: 0.5 } };
    expect(applyLearntTense(listed, found, tenseClauses(listed), sureResult)).toEqual(found);
  });

  it("keeps a forced mode: the user's word, not the model's", () => {
    const text = "Năm 2026, thu ngân sách đạt 1.250 tỷ đồng; tỷ lệ hộ nghèo còn 2,1%.";
    expect(extractIndicators(text, "vi", { mode: "plan" })).toEqual(
      extractIndicators(text, "vi", { mode: "plan", tense: "rules" }),
    );
  });

  it("weighs a pasted line repeated a thousand times as if it were said three times", () => {
    const paste = "Tỷ lệ hộ nghèo 2%; ".repeat(1000);
    const f = tenseFeatures(paste, { at: paste.indexOf("2%"), rulesPlan: false, marked: false });
    expect(f.filter((k) => k === "s:<so>").length).toBe(3);
  });

  it("leaves a target written relative to something as it is", () => {
    const relative = extractIndicators(
      "Phấn đấu năm 2026 kéo giảm 5% số vụ tai nạn giao thông so với năm 2025.",
      "vi",
    );
    expect(relative.length).toBe(1);
    expect(applyLearntTense("", relative, [], sure(-10))).toEqual(relative);
  });
});

describe("training", () => {
  const instances: Instance[] = [
    ["phan", "dau", "2030"],
    ["dat", "ket", "qua"],
    ["muc", "tieu", "2030"],
    ["uoc", "dat", "2025"],
  ].map((w, i) => ({
    file: "x",
    id: String(i),
    features: ["b", ...w.map((x) => `s:${x}`)],
    target: i % 2 === 0,
    rulesPlan: false,
    marked: true,
    primary: true,
    mixed: true,
    bar: "marked",
  }));

  it("gives the same weights and the same file twice", () => {
    const a = prune(train(instances), 5);
    const b = prune(train(instances), 5);
    expect(a).toEqual(b);
    expect(a["s:2030"]).toBeGreaterThan(0);
    expect(a["s:dat"]).toBeLessThan(0);
    expect(weightsModule(a, { guessed: 0.9, marked: 2 }, "n")).toBe(
      weightsModule(b, { guessed: 0.9, marked: 2 }, "n"),
    );
  });

  it("reads the tuning splits and both halves of held-out 7 … 57 (reported), no unopened set", () => {
    const dir = join(__dirname, "..", "extract-corpus");
    const read = trainingParagraphs(dir);
    expect(read.length).toBeGreaterThan(1100);
    // Written out here, not taken from corpus-splits.ts: a set added there by mistake (a held-out set
    // written later, or one left in UNOPENED) would be read, and this list would not hold it.
    const parity = Array.from({ length: 51 }, (_, i) => `heldout${i + 7}`);
    const readable = new Set(["tune", ...[1, 2, 3, 4, 5, 6].map((n) => `heldout${n}`), ...parity]);
    for (const p of read) {
      expect(readable.has(p.split)).toBe(true);
      expect(UNOPENED.has(p.split)).toBe(false);
    }
    // Both halves of every reported parity split.
    for (const half of [isOddHalf, (p: { id: string; split: string }) => !isOddHalf(p)])
      expect(
        [...new Set(read.filter((p) => parity.includes(p.split) && half(p)).map((p) => p.split))].sort(),
      ).toEqual([...parity].sort());
    // Every paragraph of every corpus file that is no readable set's stays unread.
    const unread = readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .flatMap((file) =>
        (
          JSON.parse(readFileSync(join(dir, file), "utf8")) as { paragraphs: { id: string; split: string }[] }
        ).paragraphs
          .filter((p) => !readable.has(p.split) || UNOPENED.has(p.split))
          .map((p) => `${file} ${p.id}`),
      );
    const ids = new Set(read.map((p) => `${p.file} ${p.id}`));
    expect(unread.filter((k) => ids.has(k))).toEqual([]);
    // The replay's training leaves out held-out 7 … 10 whole (it measures their odd halves; the even
    // halves are the same writers), and keeps every other paragraph.
    const replay = trainingParagraphs(dir, false);
    expect(replay.some((p) => REPLAYED.has(p.split))).toBe(false);
    expect(replay.length).toBe(read.filter((p) => !REPLAYED.has(p.split)).length);
  });
});
