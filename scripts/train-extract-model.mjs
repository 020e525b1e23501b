// npm run train:extract [-- --replay]: records the texts the extraction unit tests read
// (scripts/record-test-texts.mjs),
// checks out the extractors the corpus sets were first read by (git archive of src/core at each
// commit of BLIND_RULES), bundles them with scripts/train-extract-model.ts by esbuild (as
// build-cli.mjs does) and runs the training.
import { build } from "esbuild";
import { execFileSync, execSync } from "node:child_process";
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { recordTestTexts } from "./record-test-texts.mjs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = process.cwd();
const commits = [
  ...new Set(
    [
      ...readFileSync(join(root, "scripts/train-extract-model.ts"), "utf8").matchAll(
        /:\s*"([0-9a-f]{7,40})",/gu,
      ),
    ].map((m) => m[1]),
  ),
];
const dir = mkdtempSync(join(tmpdir(), "chitieu-train-"));
try {
  const texts = join(dir, "test-texts.jsonl");
  recordTestTexts(root, dir, texts);
  const imports = [];
  for (const [i, c] of commits.entries()) {
    const at = join(dir, c);
    mkdirSync(at);
    execSync(`git archive ${c} src/core | tar -x -C ${JSON.stringify(at)}`, { cwd: root });
    const extract = join(at, "src/core/extract.ts");
    // Today's extract.ts re-exports tenseClauses from extract-tense.ts; older ones get it appended
    // (clausesOf is in their scope, defined there or imported).
    if (!/\btenseClauses\b/u.test(readFileSync(extract, "utf8")))
      appendFileSync(
        extract,
        '\nexport const tenseClauses = (t: string) => clausesOf(t.normalize("NFC"), "auto");\n',
      );
    imports.push([c, i, extract.replace(/\.ts$/u, "")]);
  }
  const entry = join(dir, "entry.ts");
  writeFileSync(
    entry,
    [
      ...imports.map(
        ([, i, p]) =>
          `import { extractIndicators as e${i}, tenseClauses as c${i} } from ${JSON.stringify(p)};`,
      ),
      `import { run } from ${JSON.stringify(join(root, "scripts/train-extract-model"))};`,
      `run({ ${imports
        .map(
          ([c, i]) =>
            `"${c}": { extract: (t: string) => e${i}(t, "vi", { tense: "rules" } as never), clauses: c${i} }`,
        )
        .join(", ")} }, ${JSON.stringify(root)}, process.argv.slice(2));`,
    ].join("\n"),
  );
  const outfile = join(dir, "train.mjs");
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile,
    logLevel: "error",
    nodePaths: [join(root, "node_modules")],
  });
  execFileSync(process.execPath, [outfile, ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, CHITIEU_TEST_TEXTS: texts },
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
