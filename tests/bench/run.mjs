// `npm run bench`: (a) core readTable + checkTable on a 10 000-row grid (figures as numbers, a few
// typed wrong; and every figure as text), (b) `chitieu check` of a 10 000-row xlsx against ExcelJS
// only reading the same file, (c) a template built and written, (d) the CLI's start-up.
// Medians of several runs after warm-up; prints a small table with each goal met or MISSED.
// Goals are measured, not enforced: the exit code is 0 unless something breaks.
import { mkdtempSync, rmSync } from "node:fs";
import os, { tmpdir } from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { spawnSync } from "node:child_process";
import { HERE as here, ROOT as root, bundle as bundleModule, median as medianAfter } from "./timing.mjs";

const require = createRequire(import.meta.url);
const ROWS = 10_000;
const work = mkdtempSync(path.join(tmpdir(), "chitieu-bench-"));

/** Median of `runs` after two untimed runs. */
const median = (runs, fn) => medianAfter(runs, fn, 2);

async function writeGridXlsx(ExcelJS, { grid, numberFormats }, file) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Chỉ tiêu");
  grid.forEach((row, r) => {
    const added = ws.addRow(row.map((v) => (v === null ? undefined : v)));
    (numberFormats[r] ?? []).forEach((format, c) => {
      if (format) added.getCell(c + 1).numFmt = format;
    });
  });
  await wb.xlsx.writeFile(file);
}

const quiet = { out: () => {}, err: () => {} };

async function main() {
  const { module: core, outfile: bundled } = await bundleModule("bench.cjs", {
    entry: path.join(here, "entry.ts"),
  });
  const { main: cli } = require(path.join(root, "dist-cli", "chitieu.js"));
  const ExcelJS = require("exceljs");
  const settings = core.DEFAULT_SETTINGS;
  // "sheet": numbers as xlsx and Excel give them, a few percent typed wrong; "text": every figure
  // typed as vi text, as in a CSV or a sheet pasted as text.
  const sheet = core.benchTable(ROWS, "sheet");
  const text = core.benchTable(ROWS, "text");

  // (a) core only; the sheet grid with Excel's number formats, the text grid as a CSV gives it
  let findings = 0;
  let textFindings = 0;
  const coreMs = await median(9, () => {
    const read = core.readTable(sheet.grid, { convention: "vi", numberFormats: sheet.numberFormats });
    findings = core.checkTable(read, settings).findings.length;
  });
  const textMs = await median(9, () => {
    const read = core.readTable(text.grid, { convention: "vi", source: "text" });
    textFindings = core.checkTable(read, settings).findings.length;
  });
  // The same text grid read as a spreadsheet: every figure is a number stored as text.
  let asSheetFindings = 0;
  const textSheetMs = await median(9, () => {
    const read = core.readTable(text.grid, { convention: "vi", source: "sheet" });
    const check = core.checkTable(read, settings);
    asSheetFindings = check.findings.length;
    // Every message read, as the JSON output and the task pane do.
    for (const f of check.findings) if (f.message.vi === "") throw new Error(f.code);
  });

  // The same check's CPU time with V8's garbage collection on the check's own thread, on that
  // thread's clock: what the check costs, however busy the machine (Linux's /proc; else n/a).
  const cpuRun = spawnSync(
    process.execPath,
    ["--single-threaded-gc", "--expose-gc", path.join(here, "core-cpu.cjs"), bundled, String(ROWS), "30"],
    { encoding: "utf8" },
  );
  const cpuMs = Number(cpuRun.stdout);
  const coreCpu = cpuRun.status === 0 && cpuMs > 0 ? `${cpuMs.toFixed(1)} ms` : "n/a";

  // (b) the CLI on an xlsx against ExcelJS reading it
  const xlsx = path.join(work, "bang-10000.xlsx");
  await writeGridXlsx(ExcelJS, sheet, xlsx);
  let exit = -1;
  const readMs = await median(5, async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
  });
  const cliMs = await median(5, async () => {
    exit = await cli(["check", xlsx, "--json"], quiet);
  });
  const textXlsx = path.join(work, "bang-10000-chu.xlsx");
  await writeGridXlsx(ExcelJS, text, textXlsx);
  const textReadMs = await median(5, async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(textXlsx);
  });
  const textCliMs = await median(5, async () => {
    await cli(["check", textXlsx, "--json"], quiet);
  });

  // (c) a template: built in core, written as xlsx
  const templateMs = await median(9, () => core.templateSheet("thanh-pho-nam", { settings }));
  const writeMs = await median(5, async () => {
    const sheet = core.templateSheet("thanh-pho-nam", { settings });
    await core.sheetPlanWorkbook(sheet).xlsx.writeFile(path.join(work, "mau.xlsx"));
  });

  // (d) the CLI's own start-up: a fresh node loading the bundle, minus a fresh node doing nothing
  const bundle = path.join(root, "dist-cli", "chitieu.js");
  const spawnMs = (args) => median(7, () => void spawnSync(process.execPath, args), 1);
  const bareMs = await spawnMs(["-e", "0"]);
  const loadMs = await spawnMs(["-e", `require(${JSON.stringify(bundle)})`]);
  const startMs = Math.max(0, loadMs - bareMs);

  const ratio = cliMs / readMs;
  const textRatio = textCliMs / textReadMs;
  const rows = [
    ["(a) readTable + checkTable, 10 000 rows", `${coreMs.toFixed(1)} ms`, "≤ 50 ms", coreMs <= 50],
    ["(a) same, CPU of the thread it runs on (GC on it too)", coreCpu, "", null],
    ["(a) same, every figure text (CSV)", `${textMs.toFixed(1)} ms`, "", null],
    ["(a) same text grid as a sheet, messages read", `${textSheetMs.toFixed(1)} ms`, "", null],
    ["(b) ExcelJS readFile, 10 000 rows", `${readMs.toFixed(0)} ms`, "", null],
    ["(b) chitieu check --json, same file", `${cliMs.toFixed(0)} ms`, "", null],
    ["(b) ratio check / read", `${ratio.toFixed(2)}×`, "≤ 1.3×", ratio <= 1.3],
    [
      "(b) check minus read minus core (CLI's own)",
      `${Math.max(0, cliMs - readMs - coreMs).toFixed(0)} ms`,
      "",
      null,
    ],
    ["(b) every figure text: ExcelJS readFile", `${textReadMs.toFixed(0)} ms`, "", null],
    ["(b) every figure text: chitieu check --json", `${textCliMs.toFixed(0)} ms`, "", null],
    ["(b) every figure text: ratio", `${textRatio.toFixed(2)}×`, "", null],
    ["(d) CLI start-up: loading the bundle", `${startMs.toFixed(0)} ms`, "≤ 100 ms", startMs <= 100],
    ["(c) templateSheet thanh-pho-nam", `${templateMs.toFixed(1)} ms`, "", null],
    ["(c) templateSheet + xlsx write", `${writeMs.toFixed(0)} ms`, "", null],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  // Times on a shared machine grow with its load: the load is printed with them.
  const load = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
  console.log(
    `chitieu bench (${ROWS} rows; findings: sheet ${findings}, text ${textFindings}, ` +
      `text as sheet ${asSheetFindings}; check exit ${exit}; median of runs; ` +
      `${os.cpus().length} CPUs, load ${load})`,
  );
  for (const [name, value, goal, ok] of rows) {
    const mark = ok === null ? "" : ok ? "  MET" : "  MISSED";
    console.log(`${name.padEnd(w)}  ${value.padStart(9)}  ${goal.padEnd(7)}${mark}`);
  }
  return 0;
}

try {
  process.exitCode = await main();
} finally {
  rmSync(work, { recursive: true, force: true });
}
