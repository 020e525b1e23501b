// Bundles the `chitieu` command line (src/cli) into dist-cli/chitieu.js; npm runs it on install
// (prepare), and bin/chitieu.js runs it on demand when the bundle is missing or older than src.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export async function buildCli() {
  await build({
    entryPoints: [path.join(root, "src/cli/main.ts")],
    outfile: path.join(root, "dist-cli/chitieu.js"),
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    sourcemap: true,
    logLevel: "warning",
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildCli();
}
