/**
 * Every core module loads first without error. Core has import cycles (numbers ↔ compute); an
 * import that closes another one can make a module run its top level before what it reads is
 * set (targets.ts folding its word lists before numbers.ts made its cache), and only for some
 * entry points: jest's CommonJS loading did not show it, a bundle starting at compute.ts did.
 */
import { buildSync } from "esbuild";
import { readdirSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";

const CORE = path.resolve(__dirname, "../../src/core");

test.each(readdirSync(CORE).filter((f) => f.endsWith(".ts")))(
  "src/core/%s loads as the first module",
  (file) => {
    const out = buildSync({
      entryPoints: [path.join(CORE, file)],
      bundle: true,
      write: false,
      format: "cjs",
      platform: "neutral",
      logLevel: "silent",
    });
    const code = out.outputFiles[0]!.text;
    const module = { exports: {} };
    expect(() => runInNewContext(code, { module, exports: module.exports, console })).not.toThrow();
  },
);
