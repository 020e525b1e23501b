// Core's check of the bench table (run.mjs (a)) in a V8 that collects garbage on the same thread
// (--single-threaded-gc: garbage collection included; compiling is done by then), timed by its own
// CPU clock from /proc: the work the check is, however busy the machine is. Linux only.
// Usage: node --single-threaded-gc --expose-gc core-cpu.cjs <bench.cjs> [rows] [runs]
const { readFileSync } = require("node:fs");
const core = require(process.argv[2]);
const rows = Number(process.argv[3] ?? 10_000);
const runs = Number(process.argv[4] ?? 30);
const { grid, numberFormats } = core.benchTable(rows, "sheet");
const check = () =>
  core.checkTable(core.readTable(grid, { convention: "vi", numberFormats }), core.DEFAULT_SETTINGS);
/** utime + stime of the main thread, in clock ticks (1/100 s on Linux). */
const ticks = () => {
  const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8").split(") ")[1].split(" ");
  return Number(fields[11]) + Number(fields[12]);
};
for (let i = 0; i < 5; i++) check();
let total = 0;
for (let i = 0; i < runs; i++) {
  globalThis.gc();
  const t0 = ticks();
  check();
  total += ticks() - t0;
}
// Ticks are 10 ms: the mean over the runs, not a median of coarse values.
process.stdout.write(String((total * 10) / runs));
