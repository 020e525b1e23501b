import { comparePrinted, computeRow, roundPct } from "../../src/core/compute";
import { DEFAULT_SETTINGS, type RowResult } from "../../src/core/model";
import {
  SEEDS,
  SeedFormatError,
  seedTarget,
  seedToTable,
  toSeedSet,
  type SeedRow,
  type SeedSet,
} from "../../src/core/seeds";

function seed(prefix: string): SeedSet {
  const s = SEEDS.find((x) => x.source.startsWith(prefix));
  if (!s) throw new Error(`no seed ${prefix}`);
  return s;
}

function rowNamed(s: SeedSet, name: string): SeedRow {
  const r = s.groups.flatMap((g) => g.rows).find((x) => x.name === name);
  if (!r) throw new Error(`no row ${name}`);
  return r;
}

/** What core computes for a seed row, and what the article printed, side by side. */
function printedVsComputed(): {
  source: string;
  name: string;
  field: string;
  printed: number;
  computed: number;
}[] {
  const out: { source: string; name: string; field: string; printed: number; computed: number }[] = [];
  for (const s of SEEDS) {
    const table = seedToTable(s);
    s.groups.forEach((g, gi) =>
      g.rows.forEach((r, ri) => {
        const row = table.groups[gi]?.rows[ri];
        if (!row) throw new Error("seedToTable lost a row");
        const result: RowResult = computeRow(row, DEFAULT_SETTINGS);
        for (const field of ["pctPlan", "pctPrior", "changePct"] as const) {
          const printed = r.printed[field];
          const computed = result[field];
          if (printed === undefined) continue;
          if (computed === null) throw new Error(`${s.source} ${r.name}: no ${field} computed`);
          out.push({ source: s.source, name: r.name, field, printed, computed });
        }
      }),
    );
  }
  return out;
}

describe("what core computes matches what the articles print", () => {
  test("every printed percentage matches within the rounding of its last digit, except the one truncated", () => {
    const all = printedVsComputed();
    expect(all.length).toBe(18);
    const verdicts = all.map((x) => [x.name, x.field, comparePrinted(x.computed, x.printed)]);
    expect(verdicts.filter((v) => v[2] !== "match")).toEqual([
      ["Hộ kinh doanh chuyển lên doanh nghiệp", "pctPlan", "truncated"],
    ]);
  });

  test("176 new firms: 117,33 printed, 117,333… computed (± 0,005)", () => {
    const x = printedVsComputed().find((v) => v.name === "Doanh nghiệp thành lập mới");
    expect(x?.printed).toBe(117.33);
    expect(Math.abs((x?.computed ?? 0) - 117.33)).toBeLessThanOrEqual(0.005);
  });

  test("budget revenue 562 tỷ: 171% of dự toán (± 0,5) and 119% of prior year", () => {
    const xs = printedVsComputed().filter((v) => v.name === "Thu ngân sách trên địa bàn");
    expect(xs.map((x) => [x.field, x.printed, roundPct(x.computed, 0)])).toEqual([
      ["pctPlan", 171, 171],
      ["pctPrior", 119, 119],
    ]);
    for (const x of xs) expect(Math.abs(x.computed - x.printed)).toBeLessThanOrEqual(0.5);
  });

  test("Cần Thơ retail 146.512 tỷ: 97,6% of plan (± 0,05), +9,06% on 2019", () => {
    const xs = printedVsComputed().filter((v) => v.name === "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ");
    expect(xs.map((x) => [x.field, roundPct(x.computed, x.field === "pctPlan" ? 1 : 2)])).toEqual([
      ["pctPlan", 97.6],
      ["changePct", 9.06],
    ]);
    expect(Math.abs((xs[0]?.computed ?? 0) - 97.6)).toBeLessThanOrEqual(0.05);
  });

  test("35 households to firms against 30 is printed 116,66 (truncated) and computed 116,67", () => {
    const x = printedVsComputed().find((v) => v.name === "Hộ kinh doanh chuyển lên doanh nghiệp");
    expect(roundPct(x?.computed ?? 0, 2)).toBe(116.67);
    expect(comparePrinted(x?.computed ?? 0, 116.66, "116,66%")).toBe("truncated");
  });

  test("the ambiguous 121,729 tỷ of payments (001) read the vi-VN way is +71% on a prior year of 71 tỷ", () => {
    const r = rowNamed(seed("001"), "Khối lượng thanh toán đầu tư hạ tầng");
    expect(r.typed?.actual).toBe("121,729");
    expect(r.actual).toBe(121.729);
    const x = printedVsComputed().find((v) => v.source.startsWith("001") && v.name === r.name);
    expect(roundPct(x?.computed ?? 0, 0)).toBe(71);
  });
});

describe("derived plans and prior years", () => {
  test("plans derived from printed % KH are the obvious whole numbers", () => {
    const s000 = seed("000");
    const s003 = seed("003");
    expect(
      [
        rowNamed(s000, "Doanh nghiệp thành lập mới"),
        rowNamed(s000, "Hộ cá thể đăng ký kinh doanh mới"),
        rowNamed(s000, "Hộ kinh doanh chuyển lên doanh nghiệp"),
        rowNamed(s003, "GRDP bình quân đầu người"),
        rowNamed(s003, "Sản lượng cây ăn trái"),
      ].map((r) => [r.actual, r.plan]),
    ).toEqual([
      [176, 150],
      [894, 800],
      [35, 30],
      [94450000, 97200000],
      [147591, 109600],
    ]);
  });

  test("every derived figure comes with the printed percentage it was derived from", () => {
    for (const s of SEEDS) {
      for (const r of s.groups.flatMap((g) => g.rows)) {
        if (r.derived.includes("plan")) expect(r.printed.pctPlan).toBeDefined();
        if (r.derived.includes("prior")) expect(r.printed.pctPrior ?? r.printed.changePct).toBeDefined();
        for (const d of r.derived) expect(r[d]).not.toBeNull();
      }
    }
  });

  test("1,39 triệu tấn of rice is 1.390.000 tấn in a tấn row", () => {
    const r = rowNamed(seed("003"), "Sản lượng lúa");
    expect([r.unit, r.actual, r.typed?.actual]).toEqual(["tấn", 1390000, "1,39 triệu tấn"]);
  });
});

describe("the seed sets", () => {
  test("there are five, one per article, in article order", () => {
    expect(SEEDS.map((s) => s.source.slice(0, 3))).toEqual(["000", "001", "002", "003", "004"]);
    expect(SEEDS.map((s) => s.period)).toEqual(["nam", "9_thang", "nam", "nam", "nam"]);
  });

  test("004: the 45 targets of 2021 are 9 + 12 + 13 + 11 by group", () => {
    const s = seed("004");
    expect(s.groups.map((g) => [g.name, g.count])).toEqual([
      ["Xây dựng Đảng", 9],
      ["Kinh tế", 12],
      ["Văn hóa – xã hội", 13],
      ["Quốc phòng – an ninh – nội chính", 11],
    ]);
    expect(s.groups.reduce((n, g) => n + (g.count ?? 0), 0)).toBe(45);
  });

  test("003 reports đạt và vượt 6/14", () => {
    expect(seed("003").reportedSummary).toEqual({ reached: 6, total: 14 });
  });

  test("002 is a set of plans: no actuals, budget 4.835 with phấn đấu 5.000, structure shares under 100", () => {
    const s = seed("002");
    const rows = s.groups.flatMap((g) => g.rows);
    expect(rows.every((r) => r.actual === null)).toBe(true);
    expect(rows.length).toBe(16);
    const budget = rowNamed(s, "Thu ngân sách trên địa bàn");
    expect([budget.plan, budget.stretch]).toEqual([4835, 5000]);
    const shares = rows.filter((r) => r.kind === "structure").map((r) => r.plan as number);
    expect(shares).toEqual([31.83, 19.63, 45.69]);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(97.15, 9);
  });

  test("002's worded plans become targets: 100% of registrations is 'all', −5% on 2019 is relative", () => {
    const s = seed("002");
    expect(seedTarget(rowNamed(s, "Kết nạp đảng viên so với số đăng ký").plan)).toEqual({ kind: "all" });
    expect(seedTarget(rowNamed(s, "Số đảng viên vi phạm bị xử lý kỷ luật").plan)).toEqual({
      kind: "relative",
      change: -5,
    });
    expect(seedTarget("tăng 10,5% so CK")).toEqual({ kind: "relative", change: 10.5 });
    expect(seedTarget(4835)).toEqual({ kind: "value", value: 4835 });
    expect(seedTarget("khó đọc")).toBeNull();
  });

  test("seedToTable numbers rows in sheet order, group headings included, with no cells", () => {
    const t = seedToTable(seed("000"));
    expect(t.groups.map((g) => g.sheetRow)).toEqual([0, 2, 12]);
    expect(t.groups[1]?.rows.map((r) => r.sheetRow)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const firms = t.groups[1]?.rows[2];
    expect(firms).toMatchObject({
      stt: "3",
      name: "Doanh nghiệp thành lập mới",
      target: { kind: "value", value: 150 },
      actual: 176,
      reportedPct: 117.33,
      cells: {},
      raw: {},
    });
    expect(t.groups[1]?.rows[0]?.estimate).toBe(true);
  });

  test("a seed with a misspelt kind is refused, not passed on", () => {
    const bad = JSON.parse(JSON.stringify(seed("000"))) as { groups: { rows: { kind: string }[] }[] };
    const first = bad.groups[1]?.rows[0];
    if (first) first.kind = "quantiy";
    expect(() => toSeedSet(bad)).toThrow(SeedFormatError);
    expect(() => toSeedSet(bad)).toThrow(/groups\[1\]\.rows\[0\]\.kind/);
  });

  test("only a structure share may leave its direction out: a quantity without one fails loudly", () => {
    const bad = JSON.parse(JSON.stringify(seed("000"))) as { groups: { rows: { direction: unknown }[] }[] };
    const first = bad.groups[1]?.rows[0];
    if (first) first.direction = null;
    expect(() => toSeedSet(bad)).toThrow(/groups\[1\]\.rows\[0\]\.direction: only a structure share/);
  });
});

describe("002's economic structure is a target composition, as the article states it", () => {
  // The article sets the structure (31,83 · 19,63 · 45,69, the rest product taxes) without saying
  // which share should grow: one share above its plan is another below, so none is "better".
  const s = seed("002");
  const table = seedToTable(s);
  const shares = table.groups.flatMap((g) => g.rows).filter((r) => r.kind === "structure");

  test("the three shares give no direction, and read as a share with an empty Chiều cell does", () => {
    expect(
      s.groups
        .flatMap((g) => g.rows)
        .filter((r) => r.direction === null)
        .map((r) => r.name),
    ).toEqual([
      "Cơ cấu kinh tế: nông - lâm - thủy sản",
      "Cơ cấu kinh tế: công nghiệp - xây dựng",
      "Cơ cấu kinh tế: dịch vụ",
    ]);
    expect(shares.map((r) => [r.direction, r.directionFrom])).toEqual([
      ["up", "default"],
      ["up", "default"],
      ["up", "default"],
    ]);
  });

  test("a farming share of 32,5 against 31,83 is off the plan (Không đạt), not Vượt; 31,5 is Đạt", () => {
    const farming = shares[0]!;
    const above = computeRow({ ...farming, actual: 32.5 }, DEFAULT_SETTINGS);
    expect([above.verdict, Number(above.diffPoints?.toFixed(2))]).toEqual(["khong_dat", 0.67]);
    expect(above.reasons.map((f) => [f.code, f.severity])).toEqual([["share_off_plan", "info"]]);
    expect(above.reasons[0]?.message.vi).toContain("cao hơn cơ cấu kế hoạch 31,83% 0,67 điểm %");
    // Below the plan by as much: the same verdict (a share is not "better" lower either).
    expect(computeRow({ ...farming, actual: 31.16 }, DEFAULT_SETTINGS).verdict).toBe("khong_dat");
    expect(computeRow({ ...farming, actual: 31.5 }, DEFAULT_SETTINGS).verdict).toBe("dat");
    // Services at 45,69 + 1: Không đạt too (with "up" from the old seed it was Vượt).
    expect(computeRow({ ...shares[2]!, actual: 46.69 }, DEFAULT_SETTINGS).verdict).toBe("khong_dat");
  });
});
