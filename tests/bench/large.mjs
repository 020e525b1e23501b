// `npm run bench:large [-- ROWS]` (or `node tests/bench/large.mjs [ROWS]`): writes a ROWS-row indicator table as .xlsx (default
// 1 000 000, 58.8 MB as this writer makes it) with ExcelJS's streaming writer, then times `chitieu check` on it in a
// child process and reports its wall time and peak memory (max RSS), against the goal that memory
// follows the table: the figure quoted in README's performance section.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const require = createRequire(import.meta.url);
const ExcelJS = require("exceljs");
const rows = Number(process.argv[2] ?? 1_000_000);
const work = mkdtempSync(path.join(tmpdir(), "chitieu-large-"));
const UNITS = ["tỷ đồng", "doanh nghiệp", "hộ", "%", "vụ", "người"];

async function writeTable(file) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ws = wb.addWorksheet("Chỉ tiêu");
  ws.addRow(["BẢNG CHỈ TIÊU NGHỊ QUYẾT"]).commit();
  ws.addRow(["Đảng bộ tỉnh"]).commit();
  ws.addRow([]).commit();
  ws.addRow([
    "STT",
    "Chỉ tiêu",
    "Đơn vị tính",
    "Loại",
    "Chiều",
    "Kế hoạch",
    "Thực hiện",
    "Cùng kỳ",
    "Ghi chú",
  ]).commit();
  let seed = 12345;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < rows; i++) {
    if (i % 50 === 0) ws.addRow([`Nhóm ${i / 50 + 1}`, `Nhóm chỉ tiêu ${i / 50 + 1}`]).commit();
    const unit = UNITS[i % UNITS.length];
    const rate = unit === "%";
    const plan = rate ? Math.round(rand() * 90 + 5) : Math.round(rand() * 50_000 + 10);
    const actual = Math.round(plan * (0.8 + rand() * 0.4) * 100) / 100;
    const prior = i % 5 === 0 ? null : Math.round(actual * (0.85 + rand() * 0.2) * 100) / 100;
    const typed = rand() < 0.02 ? String(actual).replace(".", ",") : actual;
    ws.addRow([
      (i % 50) + 1,
      `Chỉ tiêu số ${i + 1}`,
      unit,
      rate ? "Tỷ lệ" : "Số lượng",
      unit === "vụ" ? "Giảm" : "Tăng",
      plan,
      typed,
      prior,
      i % 7 === 0 ? "Ước thực hiện" : null,
    ]).commit();
  }
  await wb.commit();
}

try {
  const file = path.join(work, `bang-${rows}.xlsx`);
  const t0 = performance.now();
  await writeTable(file);
  const mb = statSync(file).size / 1e6;
  console.log(`wrote ${rows} rows: ${mb.toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  const run = spawnSync(
    "/usr/bin/time",
    ["-f", "%e %M", process.execPath, path.join(root, "bin/chitieu.js"), "check", file],
    { encoding: "utf8", maxBuffer: 1024 ** 3 },
  );
  const [seconds, kb] = run.stderr.trim().split("\n").pop().split(" ").map(Number);
  const peakMb = kb / 1024;
  // Goal (issue 15 item 3): a 1 000 000-row table in bounded memory, under 1 GB of peak RSS.
  const goal = 1024;
  console.log(
    `chitieu check, ${rows} rows (${mb.toFixed(1)} MB): exit ${run.status}, ${seconds.toFixed(1)} s, ` +
      `peak RSS ${peakMb.toFixed(0)} MB  (goal < ${goal} MB)  ${peakMb < goal ? "MET" : "MISSED"}`,
  );
  console.log(
    `load average during the run: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
