// One production build of the add-in, and what taskpane.html loads before its first screen:
// shared by scripts/pane-size.mjs (prints sizes and composition) and tests/deploy (checks them).
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const root = path.resolve(__dirname, "..");

/** webpack --mode production into `outDir` for `origin`; resolves to the stats JSON. */
function buildAddin({ origin, outDir, sourceMaps = false }) {
  const webpack = require("webpack");
  const config = require(path.join(root, "webpack.config.js"))({ origin, outDir }, { mode: "production" });
  if (sourceMaps) config.devtool = "source-map";
  config.context = root;
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors()) return reject(new Error(stats.toString("errors-only")));
      resolve(
        stats.toJson({ all: false, entrypoints: true, chunks: true, chunkModules: true, assets: true }),
      );
    });
  });
}

const gzip = (bytes) => zlib.gzipSync(bytes, { level: 9 }).length;

/** The scripts taskpane.html loads itself (its entry's chunks), with raw and gzip sizes. */
function initialScripts(stats, outDir) {
  return stats.entrypoints.taskpane.assets
    .map((a) => a.name)
    .filter((name) => name.endsWith(".js"))
    .map((file) => {
      const bytes = fs.readFileSync(path.join(outDir, file));
      return { file, bytes: bytes.length, gzip: gzip(bytes) };
    });
}

/** Every script in outDir (the lazy chunks too). */
function allScripts(outDir) {
  return fs
    .readdirSync(outDir)
    .filter((f) => f.endsWith(".js"))
    .map((file) => {
      const bytes = fs.readFileSync(path.join(outDir, file));
      return { file, bytes: bytes.length, gzip: gzip(bytes) };
    });
}

/** "react-dom", "@fluentui/react-button", or "app: src/taskpane" for our own code. */
function packageOf(source) {
  const nm = source.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const rest = source.slice(nm + "node_modules/".length).split("/");
    return rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const src = source.match(/src\/[^/]+/);
  return src ? `app: ${src[0]}` : "webpack runtime";
}

/**
 * Minified bytes of `file` by package, from its source map (as source-map-explorer does), and the
 * gzip of each package's bytes alone (a package compresses a little worse alone than in the whole).
 * Also the packages bundled from more than one folder (the same library twice).
 */
function composition(outDir, file) {
  const { TraceMap, eachMapping } = require("@jridgewell/trace-mapping");
  const code = fs.readFileSync(path.join(outDir, file), "utf8");
  const map = new TraceMap(JSON.parse(fs.readFileSync(path.join(outDir, `${file}.map`), "utf8")));
  const lines = code.split("\n");
  const parts = new Map();
  const folders = new Map();
  let prev = null;
  const flush = (end) => {
    if (!prev) return;
    const line = lines[prev.line] ?? "";
    const text = prev.line === end.line ? line.slice(prev.col, end.col) : line.slice(prev.col);
    const key = packageOf(prev.source);
    parts.set(key, (parts.get(key) ?? "") + text);
  };
  eachMapping(map, (m) => {
    const at = { line: m.generatedLine - 1, col: m.generatedColumn };
    flush(at);
    prev = m.source ? { ...at, source: m.source } : null;
    if (m.source && m.source.includes("node_modules/")) {
      const pkg = packageOf(m.source);
      const folder = m.source.slice(0, m.source.lastIndexOf("node_modules/") + "node_modules/".length) + pkg;
      if (!folders.has(pkg)) folders.set(pkg, new Set());
      folders.get(pkg).add(folder);
    }
  });
  flush({ line: lines.length, col: 0 });
  const rows = [...parts].map(([pkg, text]) => ({ pkg, bytes: Buffer.byteLength(text), gzip: gzip(text) }));
  rows.sort((a, b) => b.gzip - a.gzip);
  const duplicates = [...folders]
    .filter(([, set]) => set.size > 1)
    .map(([pkg, set]) => ({ pkg, folders: [...set] }));
  return { rows, duplicates };
}

module.exports = { buildAddin, initialScripts, allScripts, composition, packageOf };
