#!/usr/bin/env node
// Entry of `npx chitieu`: runs the bundled CLI, building it first if src/cli or src/core changed.
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const bundle = path.join(root, "dist-cli", "chitieu.js");

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function isStale() {
  if (!fs.existsSync(bundle)) return true;
  const sources = ["src/cli", "src/core", "seeds"]
    .map((d) => path.join(root, d))
    .filter((d) => fs.existsSync(d));
  return Math.max(...sources.map(newestSource)) > fs.statSync(bundle).mtimeMs;
}

async function main() {
  if (isStale()) {
    const { buildCli } = await import(path.join(root, "scripts", "build-cli.mjs"));
    await buildCli();
  }
  const { main: run } = require(bundle);
  process.exitCode = await run(process.argv.slice(2));
}

main().catch((error) => {
  process.stderr.write(`chitieu: ${error && error.message ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
