// The texts the extraction unit tests (tests/core/extract*.test.ts) give extractIndicators, recorded
// by one jest run with scripts/extract-test-texts.cjs; both training runners call it
// (train-extract-model.mjs: the tense model learns them and its policy may flip none of their figures;
// train-names.mjs: the chooser's margin may rename none of their names). Recorded afresh at each run,
// so a test added or changed by a merge holds the next training with no step by hand. The corpus test
// is left out: it reads held-out halves.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Runs the extraction unit tests of `root`, writing one JSON line per call into `file`. */
export function recordTestTexts(root, dir, file) {
  writeFileSync(file, "");
  const config = join(dir, "jest.config.cjs");
  writeFileSync(
    config,
    `const unit = require(${JSON.stringify(join(root, "jest.config.js"))}).projects[0];
module.exports = { ...unit, rootDir: ${JSON.stringify(root)}, setupFilesAfterEnv: [${JSON.stringify(join(root, "scripts/extract-test-texts.cjs"))}] };`,
  );
  // A failing test still records its texts: the dump is what matters here, not the verdict.
  spawnSync(
    process.execPath,
    [
      join(root, "node_modules/jest/bin/jest.js"),
      "-w",
      "1",
      "-c",
      config,
      "--testPathIgnorePatterns",
      "extract-corpus",
      "--",
      "tests/core/extract",
    ],
    { cwd: root, stdio: "ignore", env: { ...process.env, CHITIEU_TEST_TEXTS: file, CHITIEU_TUNING: "1" } },
  );
  // No text at all means jest itself did not run (a config or compile error): training on would hold
  // the tense policy and the chooser's margin to nothing, silently.
  if (readFileSync(file, "utf8").trim() === "")
    throw new Error("no extraction test text recorded: jest did not run tests/core/extract*.test.ts");
}
