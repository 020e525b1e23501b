// Consolidation benchmark: `node --expose-gc tests/bench/merge.bench.mjs` (standalone; bundles its own
// entry with esbuild, so no `npm run build` is needed). Cases: 14 units × 45 indicators (the city of
// seed 004 with its 14 wards), in memory and with the xlsx written; 700 units × 200 indicators in
// memory. Prints medians, peak RSS (process.resourceUsage().maxRSS) and heap after each case; exits
// 1 when a goal is missed.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { bundle, median } from "./timing.mjs";

const work = mkdtempSync(path.join(tmpdir(), "chitieu-merge-bench-"));

/** Goals, in ms (median): generous for a 2-core CI box shared with other jobs. */
const GOALS = { small: 500, smallXlsx: 2000, large: 20000 };

const GROUPS = ["Xây dựng Đảng", "Kinh tế", "Văn hóa – xã hội", "Quốc phòng – an ninh – nội chính"];

/** One unit's sheet: title, unit line, header, 4 groups; every 5th indicator a rate, the rest counts and money. */
function unitGrid(u, indicators) {
  const grid = [
    ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU NGHỊ QUYẾT NĂM 2021"],
    [`Đơn vị: Đơn vị ${u + 1}`],
    [],
    ["STT", "Chỉ tiêu", "Đơn vị tính", "Loại", "Chiều", "Kế hoạch", "Thực hiện", "Cùng kỳ"],
  ];
  const perGroup = Math.ceil(indicators / GROUPS.length);
  for (let g = 0; g < GROUPS.length; g++) {
    grid.push([["I", "II", "III", "IV"][g], GROUPS[g]]);
    for (let k = 0; k < perGroup && g * perGroup + k < indicators; k++) {
      const i = g * perGroup + k;
      const seed = (u * 7919 + i * 104729) % 1000;
      if (i % 5 === 4)
        grid.push([k + 1, `Tỷ lệ chỉ tiêu ${i + 1}`, "%", "Tỷ lệ", "Tăng", 60, 50 + (seed % 20), 55]);
      else if (i % 5 === 3)
        grid.push([
          k + 1,
          `Thu chỉ tiêu ${i + 1}`,
          "tỷ đồng",
          "Số lượng",
          "Tăng",
          100 + (seed % 50),
          90 + (seed % 70) + 0.25,
          95,
        ]);
      else
        grid.push([
          k + 1,
          `Chỉ tiêu số lượng ${i + 1}`,
          "doanh nghiệp",
          "Số lượng",
          "Tăng",
          40 + (seed % 10),
          35 + (seed % 15),
          30,
        ]);
    }
  }
  return grid;
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function main() {
  const { module: m } = await bundle("merge-bench.cjs", {
    lines: [
      'export { mergeUnits, buildMergeSheet, checkMerged } from "./src/core/merge";',
      'export { readTable } from "./src/core/table";',
      'export { DEFAULT_SETTINGS } from "./src/core/model";',
      'export { mergeWorkbook } from "./src/cli/merge";',
    ],
  });
  // Every setting core reads (language, tolerances…), as the pane and the CLI pass them.
  const settings = {
    ...m.DEFAULT_SETTINGS,
    convention: "vi",
    tolerancePct: 0,
    basicBandPct: null,
    decimals: 2,
  };
  const rows = [];
  let failed = false;
  const report = (name, ms, goal, extra = "") => {
    const ok = ms <= goal;
    failed ||= !ok;
    const mem = process.memoryUsage();
    rows.push(
      `${name.padEnd(44)} ${ms.toFixed(1).padStart(9)} ms  goal ≤ ${String(goal).padStart(5)} ms  ${ok ? "ok " : "MISS"}  heap ${mb(mem.heapUsed).padStart(7)}  rss ${mb(mem.rss).padStart(7)}  peak rss ${mb(process.resourceUsage().maxRSS * 1024).padStart(7)} ${extra}`,
    );
  };
  const unitsOf = (n, k) =>
    Array.from({ length: n }, (_, u) => ({
      unitName: `Đơn vị ${u + 1}`,
      read: m.readTable(unitGrid(u, k), { convention: "vi" }),
    }));

  // 14 × 45: the city of seed 004.
  const small = unitsOf(14, 45);
  let result;
  const tSmall = await median(9, () => {
    result = m.mergeUnits(small, settings);
    m.buildMergeSheet(result, settings);
    m.checkMerged(result, settings);
  });
  report(
    "14 units × 45: merge + sheet plan + check",
    tSmall,
    GOALS.small,
    `(${result.groups.reduce((n, g) => n + g.indicators.length, 0)} rows)`,
  );
  const file = path.join(work, "tong-hop-14.xlsx");
  const tSmallXlsx = await median(5, async () => {
    const r = m.mergeUnits(small, settings);
    await m.mergeWorkbook(r, settings, "vi").xlsx.writeFile(file);
  });
  report("14 units × 45: merge + xlsx written", tSmallXlsx, GOALS.smallXlsx);

  // 700 × 200: a province-wide collection, in memory.
  const tRead0 = performance.now();
  const large = unitsOf(700, 200);
  const tRead = performance.now() - tRead0;
  const tLarge = await median(3, () => {
    result = m.mergeUnits(large, settings);
    m.checkMerged(result, settings);
  });
  report(
    "700 units × 200: merge + sheet plan + check",
    tLarge,
    GOALS.large,
    `(reading the 700 unit grids: ${tRead.toFixed(0)} ms, not counted)`,
  );

  console.log(rows.join("\n"));
  rmSync(work, { recursive: true, force: true });
  process.exitCode = failed ? 1 : 0;
}

await main();
