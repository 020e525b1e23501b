// `node scripts/first-render.mjs [--pairs 40] [--no-polyfill] [--verbose] [--builds DIR]`: chitieu's
// task pane against Microsoft's React task-pane template (tests/bench/template), side by side. Both
// are built by webpack.config.js with the same production settings (the template from its own
// entries: core-js polyfills, React, the pane; --no-polyfill leaves core-js out, a leaner yardstick),
// served from one local server with the same stub office.js, and loaded in headless Chromium (/usr/bin/chromium) in alternated pairs, each
// load in a fresh context (cold cache). First render: from the HTML's arrival to the frame after the
// first screen's first button is in the DOM (a MutationObserver, then requestAnimationFrame); the
// time from navigation start and first contentful paint are printed beside it. Prints the medians,
// their ratio with a paired bootstrap 95 % interval (goal ≤ 1,0×) and the gzip bytes of the scripts
// each page asked for before its first render and by the load's end. --builds DIR keeps the two
// builds there and reuses them on the next run. Not part of `npm test`: the two builds take a
// minute or two, 40 pairs about as long. A measurement, not a gate: exit code 0 unless it breaks.
/* global URL, performance -- in the page (evaluate) and in Node alike */
import { createServer } from "node:http";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { buildAddin } = require("./pane-bundle.js");
const { chromium } = require("playwright-core");

const argPairs = process.argv.indexOf("--pairs");
const PAIRS = argPairs > 0 ? Number(process.argv[argPairs + 1]) : 40;
if (!Number.isInteger(PAIRS) || PAIRS < 1) throw new Error("--pairs takes a whole number ≥ 1");
const GOAL = 1.0;
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

// The host's handshake, answered at once and the same for both panes. Excel.run never settles, so
// neither pane's first screen waits on a workbook (chitieu's asks for the sheet's status after it).
const STUB_OFFICE_JS = `
window.Office = {
  HostType: { Excel: "Excel" },
  PlatformType: { PC: "PC" },
  context: {
    displayLanguage: "vi-VN",
    requirements: { isSetSupported: function () { return true; } },
    document: { settings: { get: function () { return null; }, set: function () {}, remove: function () {},
      saveAsync: function (cb) { if (cb) cb({ status: "succeeded" }); } } },
  },
  actions: { associate: function () {} },
  onReady: function (cb) {
    var info = { host: "Excel", platform: "PC" };
    return Promise.resolve().then(function () { if (cb) cb(info); return info; });
  },
};
window.Excel = { run: function () { return new Promise(function () {}); } };
window.OfficeExtension = { Error: Error };
`;

/** Runs in the page before its scripts: when `selector` first matches, the next frame is the render. */
const probe = (selector) => `
(() => {
  const fr = (window.__firstRender = {});
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === "first-contentful-paint") fr.fcp = e.startTime;
  }).observe({ type: "paint", buffered: true });
  const seen = () => {
    if (fr.element !== undefined || !document.querySelector(${JSON.stringify(selector)})) return;
    fr.element = performance.now();
    requestAnimationFrame(() => setTimeout(() => (fr.rendered = performance.now()), 0));
    observer.disconnect();
  };
  const observer = new MutationObserver(seen);
  observer.observe(document, { childList: true, subtree: true });
})();
`;

/**
 * The template's pane, built as chitieu's is (same loaders, resolve, output, production mode) from
 * the template's own entries; `polyfill` false leaves out its core-js entry (--no-polyfill).
 */
function buildTemplate(outDir, polyfill) {
  const webpack = require("webpack");
  const HtmlWebpackPlugin = require("html-webpack-plugin");
  const CopyWebpackPlugin = require("copy-webpack-plugin");
  const config = require(path.join(root, "webpack.config.js"))(
    { origin: "https://localhost:3000", outDir },
    { mode: "production" },
  );
  config.mode = "production";
  config.context = root;
  // The template's own entries (its webpack.config.js): polyfills, React apart, then the pane.
  config.entry = {
    ...(polyfill ? { polyfill: ["core-js/stable", "regenerator-runtime/runtime"] } : {}),
    react: ["react", "react-dom"],
    taskpane: { import: "./tests/bench/template/index.tsx", dependOn: "react" },
  };
  config.plugins = [
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./tests/bench/template/taskpane.html",
      chunks: ["polyfill", "taskpane", "react"],
    }),
    new CopyWebpackPlugin({
      patterns: [{ from: "tests/bench/template/assets/*.png", to: "assets/[name][ext]" }],
    }),
  ];
  return new Promise((resolve, reject) =>
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors()) return reject(new Error(stats.toString("errors-only")));
      resolve();
    }),
  );
}

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".png": "image/png" };

/**
 * /ours/… and /template/… from the two builds, and the stub at /office.js, where both pages' HTML
 * is pointed (served here rather than intercepted by the browser driver, whose round trip would
 * add hundreds of milliseconds of noise to a script that blocks the page).
 */
function serve(dirs) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/office.js") {
      res.writeHead(200, { "content-type": TYPES[".js"] }).end(STUB_OFFICE_JS);
      return;
    }
    const [, site, ...rest] = url.pathname.split("/");
    const dir = dirs[site ?? ""];
    const file = dir ? path.join(dir, ...rest) : "";
    if (!dir || !file.startsWith(dir) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    const body = readFileSync(file);
    res.end(file.endsWith(".html") ? body.toString("utf8").replace(OFFICE_JS, "/office.js") : body);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

async function load(browser, url, selector, dirs) {
  const context = await browser.newContext({ viewport: { width: 350, height: 900 } });
  await context.addInitScript({ content: probe(selector) });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction(() => window.__firstRender?.rendered !== undefined, null, { timeout: 30_000 });
  const seen = await page.evaluate(() => ({
    ...window.__firstRender,
    responseEnd: performance.getEntriesByType("navigation")[0].responseEnd,
    scripts: performance
      .getEntriesByType("resource")
      .filter((e) => new URL(e.name).hostname === "127.0.0.1" && e.name.endsWith(".js"))
      .filter((e) => !e.name.endsWith("/office.js"))
      .map((e) => new URL(e.name).pathname),
  }));
  await context.close();
  if (errors.length > 0) throw new Error(`${url}: ${errors.join("; ")}`);
  const gzip = (p) => {
    const [, site, ...rest] = p.split("/");
    return gzipSync(readFileSync(path.join(dirs[site], ...rest)), { level: 9 }).length;
  };
  // The scripts the HTML itself loads (what the first screen needs; the lazy chunks a render asks
  // for are on their way while it commits), and every script by the load's end.
  const site = new URL(url).pathname.split("/")[1];
  const html = readFileSync(path.join(dirs[site], "taskpane.html"), "utf8");
  // html-webpack-plugin minifies: the attribute may be quoted or not.
  const before = [...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+\.js)/g)]
    .map((m) => m[1])
    .filter((src) => !src.startsWith("http"))
    .map((src) => ({ path: `/${site}/${src.replace(/^\//, "")}` }));
  return {
    // From the HTML's arrival: the renderer's start and the server, the same for both, left out.
    rendered: seen.rendered - seen.responseEnd,
    fromNavigation: seen.rendered,
    fcp: (seen.fcp ?? NaN) - seen.responseEnd,
    initial: { count: before.length, gzip: before.reduce((n, s) => n + gzip(s.path), 0) },
    all: { count: seen.scripts.length, gzip: seen.scripts.reduce((n, p) => n + gzip(p), 0) },
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Paired bootstrap of the ratio of medians: pairs resampled together, a fixed seed. */
function bootstrap(a, b, rounds = 5000) {
  let seed = 20_241_204;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const ratios = [];
  for (let i = 0; i < rounds; i++) {
    const ia = [];
    const ib = [];
    for (let j = 0; j < a.length; j++) {
      const k = Math.floor(next() * a.length);
      ia.push(a[k]);
      ib.push(b[k]);
    }
    ratios.push(median(ia) / median(ib));
  }
  ratios.sort((x, y) => x - y);
  return [ratios[Math.floor(rounds * 0.025)], ratios[Math.floor(rounds * 0.975) - 1]];
}

const ms = (x) => `${x.toFixed(1)} ms`;
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

const POLYFILL = !process.argv.includes("--no-polyfill");
const argBuilds = process.argv.indexOf("--builds");
const kept = argBuilds > 0 ? path.resolve(process.argv[argBuilds + 1]) : null;
const work = kept ?? mkdtempSync(path.join(tmpdir(), "chitieu-first-render-"));
const dirs = {
  ours: path.join(work, "ours"),
  template: path.join(work, POLYFILL ? "template" : "template-no-polyfill"),
};
const built = (dir) => kept !== null && existsSync(path.join(dir, "taskpane.html"));
let server;
let browser;
try {
  console.log("building both panes (production)…");
  if (!built(dirs.ours)) await buildAddin({ origin: "https://localhost:3000", outDir: dirs.ours });
  if (!built(dirs.template)) await buildTemplate(dirs.template, POLYFILL);
  server = await serve(dirs);
  const base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  const sites = {
    // The first screen's first button: chitieu's step 1, the template's "Insert text".
    ours: () => load(browser, `${base}/ours/taskpane.html`, "main button", dirs),
    template: () => load(browser, `${base}/template/taskpane.html`, "button", dirs),
  };
  // One load of each first, not counted: Chromium's own start-up.
  await sites.ours();
  await sites.template();
  const runs = { ours: [], template: [] };
  for (let i = 0; i < PAIRS; i++) {
    const order = i % 2 === 0 ? ["ours", "template"] : ["template", "ours"];
    for (const site of order) runs[site].push(await sites[site]());
  }
  const of = (site, key) => runs[site].map((r) => r[key]);
  const ratio = median(of("ours", "rendered")) / median(of("template", "rendered"));
  const [lo, hi] = bootstrap(of("ours", "rendered"), of("template", "rendered"));
  console.log(
    `first render, ${PAIRS} alternated pairs, headless Chromium, stub office.js, cold cache ` +
      `(ms from the HTML's arrival to the frame after the first button; from navigation start in brackets)` +
      `${POLYFILL ? "" : ", the template without its polyfills"}:`,
  );
  for (const site of ["ours", "template"]) {
    const r = runs[site][0];
    console.log(
      `  ${site === "ours" ? "chitieu " : "template"}  median ${ms(median(of(site, "rendered")))} ` +
        `(${ms(median(of(site, "fromNavigation")))})  FCP ${ms(median(of(site, "fcp")))}  ` +
        `the HTML's scripts ${r.initial.count}, ${kb(r.initial.gzip)} gzip; ` +
        `by load end ${r.all.count}, ${kb(r.all.gzip)} gzip`,
    );
  }
  console.log(
    `  ratio of medians ${ratio.toFixed(3)}× (95 % paired bootstrap interval ${lo.toFixed(3)}–${hi.toFixed(3)})  ` +
      `goal ≤ ${GOAL.toFixed(1)}×  ${ratio <= GOAL ? "MET" : "MISSED"}`,
  );
  console.log(
    `  from navigation start: ${(median(of("ours", "fromNavigation")) / median(of("template", "fromNavigation"))).toFixed(3)}×; ` +
      `FCP: ${(median(of("ours", "fcp")) / median(of("template", "fcp"))).toFixed(3)}×`,
  );
  if (process.argv.includes("--verbose"))
    for (let i = 0; i < PAIRS; i++)
      console.log(
        `  pair ${i + 1}: chitieu ${ms(runs.ours[i].rendered)}, template ${ms(runs.template[i].rendered)}`,
      );
} finally {
  await browser?.close();
  server?.close();
  if (kept === null) rmSync(work, { recursive: true, force: true });
}
