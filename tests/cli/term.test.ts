/** A term table (nhiệm kỳ 2020–2025) through the command line: check --json carries term, the report says where each path stands. */
import type { JsonCheck } from "../../src/cli/json";
import { csvLine, run, tempDir } from "./helpers";
import { TERM_HEADER, TERM_TITLE } from "../core/shared-tables";

const tmp = tempDir("chitieu-term-");
afterAll(() => tmp.cleanup());

/**
 * Seed 000's headline target (TP. Bến Tre: "phấn đấu đến năm 2025 đạt 80% tiêu chí đô thị loại I")
 * with yearly figures the article does not give, and a GRDP growing from 50.000 tỷ.
 */
function termCsv(): string {
  const lines = [
    csvLine([TERM_TITLE]),
    csvLine(["Thành ủy TP. Bến Tre"]),
    "",
    csvLine(TERM_HEADER),
    csvLine([
      1,
      "Tổng sản phẩm (GRDP)",
      "tỷ đồng",
      "tăng bình quân 7,5%/năm",
      "50.000",
      "53.500",
      "57.400",
      "61.750",
    ]),
    csvLine([
      2,
      "Tỷ lệ tiêu chí đô thị loại I đạt được",
      "%",
      "đến năm 2025 đạt 80%",
      "62",
      "66",
      "70",
      "75",
    ]),
  ];
  return `${lines.join("\n")}\n`;
}

describe("chitieu check on a term table", () => {
  const file = tmp.file("nhiem-ky.csv", termCsv());

  test("rows carry term: target, kind, years, to date, needed, projected, on track, method", async () => {
    const r = await run("check", file, "--json");
    expect(r.err).toBe("");
    const data = JSON.parse(r.out) as JsonCheck;
    const [grdp, urban] = data.rows;
    expect(grdp).toMatchObject({ period: "nhiem_ky", verdict: "cham_tien_do" });
    expect(grdp!.term).toMatchObject({
      target: { kind: "growth", ratePct: 7.5 },
      kind: "growth",
      baseYear: 2020,
      endYear: 2025,
      onTrack: false,
      method: "compound",
      yearsDone: 3,
      yearsLeft: 2,
    });
    expect(grdp!.term!.toDate).toBeCloseTo(7.2891, 4);
    expect(grdp!.term!.needed).toBeCloseTo(7.8171, 4);
    expect(grdp!.term!.projected).toBeCloseTo(71080.14, 2);
    // 62 → 75 in 3 years: 4,33 points a year; 75 + 2 × 4,33 = 83,67 ≥ 80; 2,5 points a year needed.
    expect(urban).toMatchObject({
      verdict: "dung_tien_do",
      term: { kind: "level", method: "linear", needed: 2.5 },
    });
    expect(urban!.term!.projected).toBeCloseTo(83.6667, 4);
    // On track is not yet reached: reached counts only Vượt / Đạt, the line counts the paths on track.
    expect(data.summary).toMatchObject({ reached: 0, total: 2 });
    expect(data.summary.term).toEqual({
      onTrack: 1,
      text: { vi: "Đúng tiến độ 1/2 chỉ tiêu nhiệm kỳ", en: "1 of 2 term targets on track" },
    });
  });

  test("the summary line counts terms on track, never 'đã đạt kế hoạch năm': check, report, vi and en", async () => {
    const check = await run("check", file);
    expect(check.out).toContain("Toàn bảng: Đúng tiến độ 1/2 chỉ tiêu nhiệm kỳ");
    // The years of the term are not a second Cùng kỳ column.
    expect(check.out).not.toContain("Cùng kỳ lần thứ hai");
    const report = await run("report", file, "--format", "txt");
    expect(report.out).toContain("Tổng cộng: đúng tiến độ 1/2 chỉ tiêu nhiệm kỳ");
    const en = await run("report", file, "--format", "txt", "--locale", "en");
    expect(en.out).toContain("1 of 2 term targets on track");
    for (const text of [check.out, report.out]) expect(text).not.toContain("kế hoạch năm");
    expect(en.out).not.toContain("annual plan");
  });

  test("the report says where each path stands, in vi and en", async () => {
    const vi = await run("report", file, "--format", "txt");
    expect(vi.out).toContain(
      "Tổng sản phẩm (GRDP): bình quân 3 năm tăng 7,29%/năm; cần 7,82%/năm trong 2 năm còn lại để đạt mục tiêu 7,5%/năm; chậm so với mục tiêu nhiệm kỳ.",
    );
    expect(vi.out).toContain(
      "Tỷ lệ tiêu chí đô thị loại I đạt được: bình quân 3 năm tăng 4,33 điểm %/năm; dự kiến cuối nhiệm kỳ 83,67%; đúng tiến độ nhiệm kỳ.",
    );
    const en = await run("report", file, "--format", "txt", "--locale", "en");
    expect(en.out).toContain(
      "Tổng sản phẩm (GRDP): up 7.29% a year on average over 3 years; 7.82% a year needed in the 2 years left to reach 7.5% a year; behind the term's target.",
    );
  });
});
