// Records the texts the extraction unit tests read (scripts/record-test-texts.mjs: the chooser's
// margin may rename none of their names), runs scripts/train-name-model.ts (bundled by esbuild, as
// build-cli.mjs does for the CLI) and formats the weights file it writes with prettier, so
// `npm run lint` accepts it as generated.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as prettier from "prettier";
import { recordTestTexts } from "./record-test-texts.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outfile = path.join(mkdtempSync(path.join(tmpdir(), "train-names-")), "train.js");
await build({
  entryPoints: [path.join(root, "scripts/train-name-model.ts")],
  outfile,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  logLevel: "warning",
});
// The rules before each held-out set was tuned on (BLIND_RUNS in the script), from git history.
const oldDir = path.dirname(outfile);
for (const commit of [
  "6c2a3c8",
  "322c0cc",
  "3257b16",
  "859f966",
  "f2cf009",
  "ba8f8f8",
  "08e2def",
  "8795fd3",
  "7630308",
  "463a919",
  "95a0333",
  "9fe1665",
  "264e106",
  "0ec978f",
]) {
  const src = path.join(oldDir, `src-${commit}`);
  mkdirSync(src);
  execFileSync("sh", ["-c", `git archive ${commit} src/core | tar -x -C ${src}`], { cwd: root });
  await build({
    entryPoints: [path.join(src, "src/core/extract.ts")],
    outfile: path.join(oldDir, `${commit}.js`),
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    logLevel: "error",
  });
}
// Recorded afresh at each run, so a unit test added or changed by a merge holds this training too.
const texts = path.join(oldDir, "test-texts.jsonl");
recordTestTexts(root, oldDir, texts);
const args = process.argv.slice(2);
execFileSync(process.execPath, [outfile, ...args], {
  stdio: "inherit",
  cwd: root,
  env: { ...process.env, TRAIN_OLD_DIR: oldDir, CHITIEU_TEST_TEXTS: texts },
});
if (!args.includes("--report")) {
  const at = args.indexOf("--out");
  const file = at >= 0 ? path.resolve(args[at + 1]) : path.join(root, "src/core/extract-name-weights.ts");
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(readFileSync(file, "utf8"), { ...options, filepath: file }));
}
