/**
 * Builds the dev bundle once (webpack, development mode, which includes the workbench) and serves
 * dist/ on a free localhost port. The URL goes to URL_FILE and CHITIEU_WORKBENCH_URL.
 * CHITIEU_SKIP_BUILD=1 reuses dist/ when it already holds index.html.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import http from "http";
import type { AddressInfo } from "net";
import path from "path";
import { DIST, ROOT, URL_FILE } from "./paths";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
  ".json": "application/json",
  ".css": "text/css",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
};

/** The "ERROR in <file>" headings of webpack's output, one per failing module. */
function errorFiles(output: string): string[] {
  return [...output.matchAll(/^ERROR in (\S+)/gm)].map((m) => m[1] ?? "");
}

function build(): void {
  const skip = process.env.CHITIEU_SKIP_BUILD === "1" && fs.existsSync(path.join(DIST, "index.html"));
  if (skip) return;
  const started = Date.now();
  const run = spawnSync("npx", ["webpack", "--mode", "development"], { cwd: ROOT, encoding: "utf8" });
  const output = `${run.stdout}\n${run.stderr}`;
  const emitted = ["index.html", "workbench.js", "workbench-pane.html", "taskpane.html"].every((f) =>
    fs.existsSync(path.join(DIST, f)),
  );
  if (run.status !== 0 || !emitted) {
    const files = errorFiles(output);
    throw new Error(`webpack failed (exit ${run.status}; ${files.join(", ")}):\n${output}`.slice(-8000));
  }
  console.log(`\n[browser] webpack built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * Microsoft's Excel client runtime for the workbench pane, served from node_modules at the path
 * workbench-pane.html asks for (webpack.config.js): its licence forbids copying it into dist/.
 */
const EXCEL_RUNTIME_PATH = "/vendor/excel-web-16.00.js";
const EXCEL_RUNTIME_FILE = require.resolve("@microsoft/office-js/dist/excel-web-16.00.js");

function serve(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    if (pathname === "/favicon.ico") {
      res.writeHead(204).end(); // browsers ask for it; a 404 would show as a console error
      return;
    }
    if (pathname === EXCEL_RUNTIME_PATH) {
      res.writeHead(200, { "content-type": TYPES[".js"] ?? "text/javascript", "cache-control": "no-store" });
      fs.createReadStream(EXCEL_RUNTIME_FILE).pipe(res);
      return;
    }
    const file = path.normalize(path.join(DIST, pathname === "/" ? "index.html" : pathname));
    // Never serve outside dist/.
    if (!file.startsWith(DIST + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
}

export default async function globalSetup(): Promise<void> {
  build();
  const server = await serve();
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/`;
  fs.writeFileSync(URL_FILE, url);
  process.env.CHITIEU_WORKBENCH_URL = url;
  (globalThis as { __chitieuServer?: http.Server }).__chitieuServer = server;
}
