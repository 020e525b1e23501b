/**
 * Every formula chitieu writes must be one Excel accepts. Microsoft's "Excel specifications and
 * limits" (support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3),
 * calculation specifications: "Length of formula contents: 8,192 characters", "Nested levels of
 * functions: 64", "Arguments in a function: 255". The search tool did not return that page itself;
 * it found Microsoft's MS-OI29500 §2.1.1085 (learn.microsoft.com/en-us/openspecs/office_standards/
 * ms-oi29500/8ebf82e4-4fa4-43a6-9ecd-d2d793a6f4bf): "Excel restricts the contents of this simple
 * type [ST_Formula] to be at most 8192 characters", and ECMA-376 Part 4's guidance of 64 nested
 * calls and 255 arguments. That Excel refuses a longer formula written through Range.formulas (the
 * add-in) or loaded from an xlsx (the CLI) is what the page implies, not tried here. This test builds the formulas of the
 * worst layouts we can think of and measures them: every template and seed table, in every period
 * with and without the year's estimate, Cùng kỳ or the prior whole year, Phấn đấu, the Cơ bản đạt
 * band, every kind of target, inputs at the sheet's far corner (XFD1048576), a merged sheet of 20
 * units, the term table, the summary lines in vi and en.
 */
import { chartSpecs } from "../../src/core/charts";
import { rowFormulas, summaryFormula, groupSummaryFormula } from "../../src/core/formulas";
import { mergeToSheetPlan, mergeUnits } from "../../src/core/merge";
import {
  COMPUTED_COLUMNS,
  DEFAULT_SETTINGS,
  type CellContent,
  type CellValue,
  type Lang,
  type Period,
  type Settings,
} from "../../src/core/model";
import { computePlan } from "../../src/core/plan";
import { checkTable } from "../../src/core/rules";
import { SEEDS } from "../../src/core/seeds";
import { readTable } from "../../src/core/table";
import { toA1 } from "../../src/core/a1";
import { TEMPLATES, templateSheet } from "../../src/core/templates";
import { termRowFormulas, termSummaryFormula } from "../../src/core/term-plan";

const MAX_CHARS = 8192;
const MAX_NESTING = 64;
const MAX_ARGS = 255;

/** One formula found, where it came from. */
interface Found {
  kind: string;
  layout: string;
  column: string;
  formula: string;
}

const found: Found[] = [];
/** Each distinct formula text once: most layouts repeat most formulas. */
const seen = new Set<string>();
let written = 0;
/** Every layout that wrote a formula, repeated or not. */
const layouts = new Set<string>();

function record(kind: string, layout: string, column: string, content: CellContent | undefined): void {
  if (typeof content !== "string" || !content.startsWith("=")) return;
  written++;
  layouts.add(layout);
  if (seen.has(content)) return;
  seen.add(content);
  found.push({ kind, layout, column, formula: content });
}

/**
 * How deep function calls nest and the most arguments one call takes, outside string literals.
 * A "(" right after a name is a call; other parentheses group and do not count as a level.
 */
export function shape(formula: string): { depth: number; maxArgs: number } {
  const stack: { call: boolean; args: number }[] = [];
  let depth = 0;
  let maxDepth = 0;
  let maxArgs = 0;
  let inString = false;
  for (let i = 0; i < formula.length; i++) {
    const c = formula[i];
    if (inString) {
      if (c === '"') {
        if (formula[i + 1] === '"') i++;
        else inString = false;
      }
      continue;
    }
    if (c === '"') inString = true;
    else if (c === "(") {
      const call = /[A-Za-z0-9_.]/.test(formula[i - 1] ?? "");
      stack.push({ call, args: 1 });
      if (call) maxDepth = Math.max(maxDepth, ++depth);
    } else if (c === ")") {
      const top = stack.pop();
      if (top?.call === true) {
        depth--;
        maxArgs = Math.max(maxArgs, top.args);
      }
    } else if (c === ",") {
      const top = stack[stack.length - 1];
      if (top !== undefined) top.args++;
    }
  }
  return { depth: maxDepth, maxArgs };
}

// ---- Tables as an office types them ---------------------------------------------------------

/** One indicator row's words and figures, before the columns of a layout place them. */
interface Line {
  stt: CellValue;
  name: string;
  unit: string;
  kind: CellValue;
  direction: CellValue;
  plan: CellValue;
  stretch?: CellValue;
  actual: CellValue;
  prior: CellValue;
}

/** Rows of every template (its plans, kinds, directions) with figures filled in. */
function templateLines(id: string): Line[] {
  const sheet = templateSheet(id, { settings: DEFAULT_SETTINGS, year: 2025 });
  const grid = (sheet.blocks[0]?.contents ?? []) as CellValue[][];
  const header = (grid[4] ?? []).map(String);
  const at = (row: CellValue[], word: RegExp): CellValue => {
    const i = header.findIndex((h) => word.test(h));
    return i < 0 ? null : (row[i] ?? null);
  };
  return grid
    .slice(5)
    .filter((r) => at(r, /^Đơn vị/) !== null || at(r, /^Loại/) !== null)
    .map((r, i) => ({
      stt: at(r, /^STT/),
      name: String(at(r, /^Chỉ tiêu/) ?? `Chỉ tiêu ${i}`),
      unit: String(at(r, /^Đơn vị/) ?? ""),
      kind: at(r, /^Loại/),
      direction: at(r, /^Chiều/),
      plan: at(r, /^Kế hoạch/) ?? 100 + i,
      stretch: at(r, /^Phấn đấu/),
      actual: at(r, /^Loại/) === "Đạt/không" ? "Đạt" : 97 + i,
      prior: at(r, /^Loại/) === "Đạt/không" ? null : 90 + i,
    }));
}

/** Rows of every seed table, its plans typed as the article wrote them. */
function seedLines(): Line[] {
  return SEEDS.flatMap((s) =>
    s.groups.flatMap((g) =>
      g.rows.map((r, i) => ({
        stt: i + 1,
        name: r.name,
        unit: r.unit,
        kind: null,
        direction: null,
        plan: r.typed?.plan ?? r.plan,
        stretch: r.stretch,
        actual: r.typed?.actual ?? r.actual,
        prior: r.typed?.prior ?? r.prior,
      })),
    ),
  );
}

/** Every kind of target and the figures typed as text that the formulas compare word for word. */
const LONG_PLAN = `Tăng ${"rất ".repeat(45)}nhiều so với năm 2024`.slice(0, 250);
const TARGET_LINES: Line[] = [
  ["Tăng trưởng GRDP", "%", "Tăng trưởng", "Tăng", "8,5 - 9%", 8.7, 8.1],
  ["Thu ngân sách", "tỷ đồng", null, null, "trên 6.500", "6.794,12", 6100],
  ["Tỷ lệ hộ nghèo", "%", "Tỷ lệ", "Giảm", "dưới 2%", 1.4, 1.9],
  ["Tỷ lệ hộ nghèo đa chiều", "%", "Tỷ lệ", "Giảm", "không quá 1,5%", "1,2%", 1.9],
  ["Tỷ lệ lao động qua đào tạo", "%", "Tỷ lệ", "Tăng", "khoảng 70%", 69.6, 66],
  ["Tổng vốn đầu tư", "tỷ đồng", null, null, "khoảng 12.000", 11800, 11000],
  ["Sản lượng lúa", "tấn", null, null, "tăng 5% so với năm 2024", 105000, 100000],
  ["Tai nạn giao thông", "vụ", null, "Giảm", "giảm 10% so với cùng kỳ", 80, 92],
  ["Số vụ cháy", "vụ", null, "Giảm", "giảm so với cùng kỳ", 5, 7],
  ["Xã đạt chuẩn nông thôn mới", "xã", null, null, "25/42", "25/42", 20],
  ["Hoàn thành quy hoạch", "", "Đạt/không", null, "Hoàn thành", "Hoàn thành", null],
  ["Tỷ lệ dân số có bảo hiểm y tế", "%", "Tỷ lệ", "Tăng", "≥ 95%", 0.951, 93],
  ["Kim ngạch xuất khẩu", "triệu USD", null, null, LONG_PLAN, `${LONG_PLAN} (ước)`, 500],
  ["Cơ cấu kinh tế: dịch vụ", "%", "Cơ cấu", null, 45.69, 44.2, 43],
  // Text the reader read as a figure is compiled in beside the live reference: the longest refs.
  ["Tổng vốn đầu tư toàn xã hội", "tỷ đồng", "Số lượng", "Tăng", 12000, "8.200,55", "7.900,25"],
  ["Doanh thu du lịch", "tỷ đồng", null, null, "11.000 - 12.000", "8.200,55", "7.900,25"],
  ["Lao động được giải quyết việc làm", "lao động", null, "Tăng", "3.000", "2.400", "2.900"],
  ["Sản lượng thủy sản", "tấn", "Số lượng", "Tăng", "1,39 triệu tấn", "1.021.729,55", "995.000,25"],
  ["Tỷ lệ che phủ rừng", "%", "Tỷ lệ", "Tăng", "trên 45%", "44,5%", "44,1%"],
  // A date where a figure belongs (the CLI reads it as "yyyy-mm-dd"): a guard of its own.
  ["Số doanh nghiệp thành lập mới", "doanh nghiệp", null, "Tăng", 800, "2025-09-12", "2024-09-12"],
].map(([name, unit, kind, direction, plan, actual, prior], i) => ({
  stt: i + 1,
  name: String(name),
  unit: String(unit),
  kind: kind as CellValue,
  direction: direction as CellValue,
  plan: plan as CellValue,
  stretch: typeof plan === "number" || /^\d/.test(String(plan)) ? null : null,
  actual: actual as CellValue,
  prior: prior as CellValue,
}));

/** Which period columns a layout has, as an office heads them. */
interface Shape {
  period: Period;
  stretch: boolean;
  cungKy: boolean;
  estimate: boolean;
  priorYear: boolean;
}

const PERIOD_WORDS: Record<Exclude<Period, "nhiem_ky">, string> = {
  nam: "năm 2025",
  "9_thang": "9 tháng năm 2025",
  "6_thang": "6 tháng năm 2025",
  "3_thang": "quý I năm 2025",
};

function shapeName(s: Shape): string {
  const parts = [
    s.period,
    s.stretch && "PĐ",
    s.cungKy && "CK",
    s.estimate && "Ước năm",
    s.priorYear && "TH năm trước",
  ];
  return parts.filter(Boolean).join("+");
}

function grid(lines: readonly Line[], s: Shape): CellValue[][] {
  const partial = s.period !== "nam";
  const words = PERIOD_WORDS[s.period as Exclude<Period, "nhiem_ky">];
  const header: string[] = ["STT", "Chỉ tiêu", "Đơn vị tính", "Loại", "Chiều", "Kế hoạch năm 2025"];
  if (s.stretch) header.push("Phấn đấu");
  header.push(partial ? `Ước thực hiện ${words.replace(" năm 2025", "")}` : "Thực hiện năm 2025");
  if (s.cungKy) header.push(partial ? "Cùng kỳ năm 2024" : "Thực hiện năm 2024");
  if (s.estimate) header.push("Ước thực hiện cả năm");
  if (s.priorYear) header.push("Thực hiện năm 2024");
  header.push("Ghi chú");
  const rows: CellValue[][] = [[`KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT ${words.toUpperCase()}`], [], header];
  lines.forEach((l, i) => {
    const row: CellValue[] = [l.stt, l.name, l.unit, l.kind, l.direction, l.plan];
    const n = typeof l.actual === "number" ? l.actual : 100 + i;
    if (s.stretch) row.push(l.stretch ?? (typeof l.plan === "number" ? l.plan * 1.1 : 110 + i));
    row.push(l.actual);
    if (s.cungKy) row.push(l.prior);
    if (s.estimate) row.push(l.kind === "Đạt/không" ? null : n * 1.3);
    if (s.priorYear) row.push(l.kind === "Đạt/không" ? null : n * 1.2);
    row.push("");
    rows.push(row);
  });
  return rows;
}

function shapes(): Shape[] {
  const out: Shape[] = [];
  for (const period of ["nam", "9_thang", "6_thang", "3_thang"] as const) {
    for (const stretch of [false, true]) {
      if (period === "nam") {
        for (const cungKy of [false, true])
          out.push({ period, stretch, cungKy, estimate: false, priorYear: false });
        continue;
      }
      for (const cungKy of [false, true])
        for (const estimate of [false, true])
          for (const priorYear of [false, true]) out.push({ period, stretch, cungKy, estimate, priorYear });
    }
  }
  return out;
}

const SETTINGS: { name: string; settings: Settings }[] = (["vi", "en"] as Lang[]).flatMap((language) =>
  [null, 90].map((basicBandPct) => ({
    name: `${language}${basicBandPct === null ? "" : "+CBĐ"}`,
    settings: { ...DEFAULT_SETTINGS, language, basicBandPct, tolerancePct: 1 },
  })),
);

const SOURCES: { name: string; lines: Line[] }[] = [
  ...TEMPLATES.filter((t) => t.id !== "nhiem-ky").map((t) => ({ name: t.id, lines: templateLines(t.id) })),
  { name: "seeds", lines: seedLines() },
  { name: "targets", lines: TARGET_LINES },
];

/** The far corner: columns XE… and row 1 048 576, the longest references a sheet has. */
const FAR = {
  plan: "XFA1048576",
  stretch: "XFB1048576",
  actual: "XFC1048576",
  prior: "XFD1048576",
};
const FAR_PERIOD = { yearEstimate: "XEZ1048576", priorYear: "XEY1048576" };

beforeAll(() => {
  for (const source of SOURCES) {
    for (const s of shapes()) {
      const cells = grid(source.lines, s);
      for (const { name, settings } of SETTINGS) {
        const layout = `${source.name} ${shapeName(s)} ${name}`;
        const read = readTable(cells, { convention: "vi" });
        const withPeriod = { ...settings, period: s.period };
        const plan = computePlan(read, withPeriod);
        for (const block of plan.blocks)
          block.contents.forEach((r, i) =>
            r.forEach((c, j) => {
              const key = Object.entries(plan.columns).find(([, col]) => col === block.col + j)?.[0] ?? "?";
              const row = cells[block.row + i]?.[1];
              record("bảng", layout, `${key} «${String(row)}»`, c);
            }),
          );
        record("dòng tổng hợp", layout, "summary", plan.summary.formula);
        // The same rows with every input at the sheet's far corner.
        for (const row of read.table.groups.flatMap((g) => g.rows)) {
          const inputs = Object.fromEntries(
            Object.entries(FAR).filter(([k]) => read.layout.columns[k as keyof typeof FAR] !== undefined),
          );
          const period = {
            period: s.period,
            cells: Object.fromEntries(
              Object.entries(FAR_PERIOD).filter(
                ([k]) => read.layout.columns[k as keyof typeof FAR_PERIOD] !== undefined,
              ),
            ),
          };
          const f = rowFormulas(row, inputs, withPeriod, period, {
            unitsGave: "COUNT(XEA1048576:XEX1048576)>=24",
          });
          for (const key of COMPUTED_COLUMNS)
            record("ô xa (XFD1048576)", layout, `${key} «${row.name}»`, f[key]);
        }
        if (s.period === "nam" && source.name !== "targets") {
          const check = checkTable(read, withPeriod);
          const charts = chartSpecs(check, read.layout, "Chỉ tiêu Nghị quyết năm 2025 ..", {
            lang: settings.language,
            basicBand: settings.basicBandPct !== null,
          });
          for (const block of charts.blocks)
            block.contents.forEach((r) =>
              r.forEach((c, j) => record("biểu đồ", layout, `cột ${block.col + j}`, c)),
            );
        }
      }
    }
  }
});

test("the layouts cover what the brief asks: every template, seeds, periods, far cells", () => {
  expect([...new Set([...layouts].map((l) => l.split(" ")[0]))].sort()).toEqual(
    [
      ...TEMPLATES.filter((t) => t.id !== "nhiem-ky" && t.id !== "trong").map((t) => t.id),
      "nhiem-ky",
      "seeds",
      "targets",
    ].sort(),
  );
  // Every partial period's estimate, Cùng kỳ and prior-year verdict was built.
  expect(layouts.has("so-ket-9-thang 9_thang+PĐ+CK+Ước năm+TH năm trước en+CBĐ")).toBe(true);
  expect(found.filter((f) => f.kind === "ô xa (XFD1048576)").length).toBeGreaterThan(1_000);
  expect(found.filter((f) => f.kind === "tổng hợp 20 đơn vị").length).toBeGreaterThan(100);
  expect(found.filter((f) => f.kind === "nhiệm kỳ").length).toBeGreaterThan(10);
});

/** Words as long as a ward's full name, so sheet-qualified references are the longest they get. */
const UNIT_NAMES = Array.from({ length: 20 }, (_, i) => `Ủy ban nhân dân phường ${i + 1} Tân Thuận`);

beforeAll(() => {
  for (const source of SOURCES) {
    for (const s of shapes().filter((x) => x.period === "nam" || (x.cungKy && x.estimate && x.priorYear))) {
      for (const { name, settings } of SETTINGS) {
        const withPeriod = { ...settings, period: s.period };
        const units = UNIT_NAMES.map((unitName, u) => {
          // Each unit its own figures (and a plan of its own on some rows: not combined).
          const cells = grid(source.lines, s).map((r, i) =>
            i < 3 ? r : r.map((c, j) => (j >= 6 && typeof c === "number" ? c * (1 + u / 50) : c)),
          );
          if (u % 2 === 1) for (const r of cells.slice(3, 6)) if (typeof r[5] === "number") r[5] = r[5] + u;
          return { unitName, read: readTable(cells, { convention: "vi" }) };
        });
        const merged = mergeUnits(units, withPeriod);
        const sheet = mergeToSheetPlan(merged, withPeriod, settings.language);
        for (const block of sheet.blocks)
          block.contents.forEach((r) =>
            r.forEach((c, j) =>
              record(
                "tổng hợp 20 đơn vị",
                `${source.name} ${shapeName(s)} ${name}`,
                `cột ${block.col + j}`,
                c,
              ),
            ),
          );
      }
    }
  }
  for (const { name, settings } of SETTINGS) {
    for (const year of [2025, 2030]) {
      const sheet = templateSheet("nhiem-ky", { settings, year });
      const cells = (sheet.blocks[0]?.contents ?? []).map((r) =>
        r.map((c) => (typeof c === "string" && c.startsWith("=") ? null : c)),
      );
      // Fill every year's actual and the term target so each term formula is written in full.
      const read = readTable(cells as CellValue[][], { convention: "vi" });
      const plan = computePlan(read, settings);
      for (const block of plan.blocks)
        block.contents.forEach((r) =>
          r.forEach((c, j) => record("nhiệm kỳ", `nhiem-ky ${year} ${name}`, `cột ${block.col + j}`, c)),
        );
      record("nhiệm kỳ", `nhiem-ky ${year} ${name}`, "summary", plan.summary.formula);
    }
  }
  // A term whose base and every year an office typed as text (each compiled into the year's test
  // while the cell holds it): five years with the cells at the sheet's far corner, ten years at
  // row 100 000. Ten years typed all as text at the far corner would pass the limit in one cell
  // (a growth rate's "Đạt được đến nay", ~8 360 characters): no office's table is that, not tested.
  for (const [span, far] of [
    [5, (c: number): string => toA1(1048575, 16350 + c)],
    [10, (c: number): string => toA1(99999, 40 + c)],
  ] as const) {
    const years = Array.from({ length: span }, (_, i) => 2021 + i);
    const end = 2020 + span;
    const text = (i: number): string => `${(50 + i).toString()}.123,45`;
    const term: CellValue[][] = [
      [`CHỈ TIÊU NGHỊ QUYẾT GIAI ĐOẠN 2021 – ${end}`],
      [],
      ["STT", "Chỉ tiêu", "ĐVT", `Mục tiêu đến năm ${end}`, "Năm 2020 (gốc)", ...years.map((y) => `TH ${y}`)],
      ...[
        "tăng bình quân 7,5%/năm",
        `đến năm ${end} đạt 90.000 tỷ đồng`,
        `900.000 tỷ đồng trong ${span} năm`,
        "dưới 40.000 tỷ đồng",
      ].map((t, i) => [
        i + 1,
        `Chỉ tiêu ${i + 1}`,
        "tỷ đồng",
        t,
        text(0),
        ...years.map((_, j) => text(j + 1)),
      ]),
      ...["tăng bình quân 7,5%/năm", `đến năm ${end} đạt 80%`, "dưới 1%"].map((t, i) => [
        i + 5,
        `Tỷ lệ ${i + 5}`,
        "%",
        t,
        "4,55%",
        ...years.map((_, j) => `${j + 1},25%`),
      ]),
    ];
    const read = readTable(term, { convention: "vi" });
    expect(read.layout.term?.years).toHaveLength(span);
    const cells = {
      base: far(0),
      years: years.map((_, j) => far(j + 1)),
      toDate: far(20),
      projected: far(21),
    };
    for (const lang of ["vi", "en"] as Lang[])
      for (const row of read.table.groups.flatMap((g) => g.rows)) {
        expect(row.term?.actuals.every((a) => a !== null)).toBe(true);
        const { formulas } = termRowFormulas(row, cells, lang);
        for (const [key, f] of Object.entries(formulas))
          record("nhiệm kỳ", `nhiem-ky chữ ${span} năm ${cells.base} ${lang}`, `${key} «${row.name}»`, f);
      }
    // The path charts read each year as the term columns do, a total's last point summing every
    // year: the longest chart data cell, under a sheet name of 31 characters.
    const charts = chartSpecs(
      checkTable(read, DEFAULT_SETTINGS),
      read.layout,
      "Chỉ tiêu Nghị quyết năm 2025 ..",
    );
    for (const block of charts.blocks)
      block.contents.forEach((r) =>
        r.forEach((c, j) => record("biểu đồ", `nhiem-ky chữ ${span} năm`, `cột ${block.col + j}`, c)),
      );
  }
});

afterAll(() => {
  const byKind = new Map<string, Found>();
  for (const f of found) {
    // By kind and period ("bảng 9_thang"): the table in the report.
    const key = `${f.kind} ${f.layout.split(" ")[1]?.split("+")[0] ?? ""}`;
    const best = byKind.get(key);
    if (best === undefined || f.formula.length > best.formula.length) byKind.set(key, f);
  }
  const lines = [...byKind.values()].map(
    (f) =>
      `${f.kind}: ${f.formula.length} ký tự, độ sâu ${shape(f.formula).depth} — ${f.layout}, cột ${f.column}`,
  );
  const top = [...found]
    .sort((a, b) => b.formula.length - a.formula.length)
    .slice(0, 5)
    .map((f) => `${f.formula.length} — ${f.kind}, ${f.layout}, cột ${f.column}`);
  console.log(
    `${written} công thức (${found.length} khác nhau). Dài nhất theo loại:\n${lines.join("\n")}\nDài nhất:\n${top.join("\n")}`,
  );
});

/** What of Excel's limits a formula breaks: none when it fits. */
function breaks(formula: string): string[] {
  const { depth, maxArgs } = shape(formula);
  return [
    formula.length > MAX_CHARS ? `${formula.length} ký tự` : null,
    depth > MAX_NESTING ? `${depth} mức lồng` : null,
    maxArgs > MAX_ARGS ? `${maxArgs} đối số` : null,
  ].filter((b): b is string => b !== null);
}

test("every formula fits Excel's limits: ≤ 8 192 characters, ≤ 64 nested calls, ≤ 255 arguments", () => {
  const over = found.flatMap((f) => breaks(f.formula).map((b) => `${b}: ${f.layout}, cột ${f.column}`));
  expect(over.slice(0, 10)).toEqual([]);
});

test("the check catches a formula just over each limit", () => {
  expect(breaks(`="${"x".repeat(MAX_CHARS - 3)}"`)).toEqual([]);
  expect(breaks(`="${"x".repeat(MAX_CHARS - 2)}"`)).toEqual(["8193 ký tự"]);
  expect(breaks(`=${"ABS(".repeat(64)}1${")".repeat(64)}`)).toEqual([]);
  expect(breaks(`=${"ABS(".repeat(65)}1${")".repeat(65)}`)).toEqual(["65 mức lồng"]);
  expect(breaks(`=SUM(${Array(255).fill(1).join(",")})`)).toEqual([]);
  expect(breaks(`=SUM(${Array(256).fill(1).join(",")})`)).toEqual(["256 đối số"]);
});

test("the summary lines fit, in vi and en, with rows not combined, at the far corner", () => {
  // computePlan counts one verdict range (plan.ts); a group's line counts its own.
  for (const lang of ["vi", "en"] as Lang[]) {
    for (const f of [
      summaryFormula(["XFD1000000:XFD1048576"], lang, true),
      groupSummaryFormula("XFD1000000:XFD1048576", lang, true),
      termSummaryFormula("XFD1000000:XFD1048576", lang),
    ]) {
      expect(breaks(f)).toEqual([]);
    }
  }
});

test("shape counts calls, not grouping parentheses or commas in text", () => {
  expect(shape('=IF(AND(A1>0,(B1+1)*2>3),"a,b(c",SUM(1,2,3))')).toEqual({ depth: 2, maxArgs: 3 });
});
