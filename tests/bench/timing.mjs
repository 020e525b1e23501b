// What the benches share: the project's root, an esbuild bundle of the code they time (beside the
// CLI bundle, so `exceljs` resolves from the project's node_modules), and how a time is taken.
import { build } from "esbuild";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";

export const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(HERE, "../..");
const require = createRequire(import.meta.url);

/**
 * Bundles `source` (an entry file, or the lines of a module given inline) to dist-cli/`outName`
 * and loads it: { module, outfile }.
 */
export async function bundle(outName, source) {
  const outfile = path.join(ROOT, "dist-cli", outName);
  await build({
    ...(source.entry !== undefined
      ? { entryPoints: [source.entry] }
      : { stdin: { contents: source.lines.join("\n"), resolveDir: ROOT, loader: "ts" } }),
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    logLevel: "warning",
  });
  return { module: require(outfile), outfile };
}

/** A collection before each timed run, when node runs with --expose-gc. */
export function gc() {
  if (typeof globalThis.gc === "function") globalThis.gc();
}

/** Median of `runs` timed runs after `warmup` untimed ones (steady-state JIT, as a user's second click). */
export async function median(runs, fn, warmup = 0) {
  for (let i = 0; i < warmup; i++) await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    gc();
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Best of `runs` (after one untimed run that warms the JIT and the regular expressions). */
export async function best(fn, runs = 3) {
  await fn();
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    gc();
    const t0 = performance.now();
    await fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}
