// Times extraction on the two payloads of bench part (x) that scale worst ("a list of rates",
// "figures in one clause") at 10 000 and 40 000 characters: a quick check of the ratio without the
// whole hostile bench. `node --expose-gc scripts/time-extract-worst.mjs [sizes…]`
import { best, bundle } from "../tests/bench/timing.mjs";

const PAYLOADS = [
  ["a list of rates", "Tỷ lệ hộ nghèo 2%; "],
  ["figures in one clause", "thu 5 tỷ đồng, "],
];
const sizes = process.argv.slice(2).map(Number);
const { module: core } = await bundle("time-extract-worst.cjs", {
  lines: [
    'export { flat } from "./tests/hostile/payloads";',
    'export { extractIndicators } from "./src/core/extract";',
  ],
});
for (const [name, unit] of PAYLOADS) {
  const times = [];
  for (const n of sizes.length > 0 ? sizes : [10_000, 40_000]) {
    const text = core.flat(unit, n);
    times.push([n, await best(() => core.extractIndicators(text, "vi"))]);
  }
  const [, first] = times[0];
  const [, last] = times[times.length - 1];
  console.log(
    `${name}: ${times.map(([n, t]) => `${n} → ${t.toFixed(0)} ms`).join(", ")} (${(last / first).toFixed(2)}×)`,
  );
}
