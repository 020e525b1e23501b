// The (x) line of hostile.bench.mjs in CPU time: extraction of each payload at 10 000 and 40 000
// characters, best of three by the process's CPU clock, in a V8 that does all its work on this one
// thread (run with --single-threaded: compiling and garbage collection included, nothing else). On a
// busy machine a stall lands on some 1–5 ms runs and not others, which the wall-time ratio shows;
// the CPU ratio does not. Usage: node --single-threaded extract-cpu.cjs <bundle.cjs> '<payloads json>'
// Prints the worst payload as JSON: [name, ratio, small ms, large ms].
const core = require(process.argv[2]);
const payloads = JSON.parse(process.argv[3]);

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function best(fn, runs = 3) {
  fn();
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = cpuMs();
    fn();
    min = Math.min(min, cpuMs() - t0);
  }
  return min;
}

let worst = ["", 0, 0, 0];
for (const [name, unit, head, tail] of payloads) {
  const small = best(() => core.extractIndicators(core.flat(unit, 10_000, head, tail), "vi"));
  const large = best(() => core.extractIndicators(core.flat(unit, 40_000, head, tail), "vi"));
  const ratio = large / Math.max(small, 1);
  if (ratio > worst[1]) worst = [name, ratio, small, large];
}
process.stdout.write(JSON.stringify(worst));
