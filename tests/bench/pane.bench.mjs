// Kiểm tra then Tính toán in the workbench pane (headless Chromium, Microsoft's Excel client
// runtime) on 100, 1 000 and 3 000 rows; prints the time of each click and the requests.
// Run: `node tests/bench/pane.bench.mjs` (builds dist/ through the browser harness; set
// CHITIEU_SKIP_BUILD=1 to reuse a built dist/). It runs tests/browser/scale.test.ts with
// CHITIEU_BENCH=1; the lines after "[scale]" are the report (goal: 3 000 rows in ≤ 10 s).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const run = spawnSync("npx", ["jest", "tests/browser/scale.test.ts", "--selectProjects", "browser"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, CHITIEU_BENCH: "1" },
});
process.exit(run.status ?? 1);
