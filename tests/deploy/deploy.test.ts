/**
 * A production build for an office's own origin, as `npm run build -- --env origin=…` makes it:
 * the manifest it writes names that origin everywhere and never the dev server, every URL names a
 * file the build emitted, and the pane's first screen stays within its script budget. One build
 * (a minute or more on a loaded machine) serves every assertion.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { DOMParser } from "@xmldom/xmldom";

const root = path.resolve(__dirname, "../..");
// CommonJS scripts shared with `node scripts/pane-size.mjs`.
const { buildAddin, initialScripts, composition } = require(path.join(root, "scripts/pane-bundle.js"));
const { resolveOrigin } = require(path.join(root, "scripts/manifest-origin.js"));

const ORIGIN = "https://chitieu.so-tai-chinh.example.gov.vn/bo-cong-cu/chi-tieu";
/** The goal for what taskpane.html loads before its first screen, in gzip bytes. */
const FIRST_SCREEN_BUDGET = 168_000;

jest.setTimeout(900_000);

let outDir: string;
let stats: { entrypoints: Record<string, { assets: { name: string }[] }> };
let manifest: string;

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-deploy-"));
  stats = await buildAddin({ origin: ORIGIN, outDir, sourceMaps: true });
  manifest = fs.readFileSync(path.join(outDir, "manifest.xml"), "utf8");
});
afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

function urls(xml: string): string[] {
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const found: string[] = [];
  for (const el of Array.from(doc.getElementsByTagName("*"))) {
    for (const name of ["DefaultValue", "Value"]) {
      const v = el.getAttribute(name);
      if (v && /^[a-z]+:\/\//i.test(v)) found.push(v);
    }
    if (el.localName === "AppDomain") found.push(el.textContent ?? "");
  }
  return found;
}

describe("a production build for an office's origin", () => {
  test("the manifest names the origin everywhere, never localhost, and keeps the add-in's Id", () => {
    expect(manifest).not.toMatch(/localhost/i);
    const source = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
    const id = (xml: string) => /<Id>([^<]+)<\/Id>/.exec(xml)?.[1];
    expect(id(manifest)).toBe(id(source));
    const all = urls(manifest);
    // Icons (2 + 12), SupportUrl, SourceLocation, 3 bt:Url, the learn-more link and the AppDomain.
    expect(all.length).toBe(urls(source).length);
    expect(all.length).toBeGreaterThanOrEqual(19);
    for (const url of all) expect(url.startsWith("https://chitieu.so-tai-chinh.example.gov.vn")).toBe(true);
    expect(manifest).toContain(`<SourceLocation DefaultValue="${ORIGIN}/taskpane.html"/>`);
    expect(manifest).toContain(`<bt:Url id="Commands.Url" DefaultValue="${ORIGIN}/commands.html"/>`);
    expect(manifest).toContain("<AppDomain>https://chitieu.so-tai-chinh.example.gov.vn</AppDomain>");
  });

  test("every URL under the origin names a file the build emitted", () => {
    const files = urls(manifest).filter((u) => u.startsWith(`${ORIGIN}/`));
    expect(files.length).toBeGreaterThanOrEqual(18);
    for (const url of files) {
      const file = url.slice(ORIGIN.length + 1);
      expect([file, fs.existsSync(path.join(outDir, file))]).toEqual([file, true]);
    }
  });

  test("the pane's first screen loads at most 168 KB of gzip script, each package once", () => {
    const initial: { file: string; gzip: number }[] = initialScripts(stats, outDir);
    expect(initial.map((f) => f.file)).toEqual(["taskpane.js"]);
    const total = initial.reduce((sum, f) => sum + f.gzip, 0);
    expect(total).toBeLessThanOrEqual(FIRST_SCREEN_BUDGET);
    const { rows, duplicates } = composition(outDir, "taskpane.js");
    expect(duplicates).toEqual([]);
    // What the first screen does not need is not in it: the adapter's commands, ExcelJS, docx.
    const packages = rows.map((r: { pkg: string }) => r.pkg);
    expect(packages).toContain("react-dom");
    expect(packages).not.toContain("exceljs");
    expect(packages).not.toContain("docx");
    const html = fs.readFileSync(path.join(outDir, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]);
    expect(scripts).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", "taskpane.js"]);
  });

  test("the origin is checked: https only, no query, and the env variable is read", () => {
    expect(resolveOrigin({}, {})).toBe("https://localhost:3000");
    expect(resolveOrigin({}, { CHITIEU_ORIGIN: "https://addin.example.vn/a/" })).toBe(
      "https://addin.example.vn/a",
    );
    expect(
      resolveOrigin({ origin: "https://b.example.vn" }, { CHITIEU_ORIGIN: "https://a.example.vn" }),
    ).toBe("https://b.example.vn");
    expect(() => resolveOrigin({ origin: "http://addin.example.vn" }, {})).toThrow(/https/);
    expect(() => resolveOrigin({ origin: "https://addin.example.vn/?x=1" }, {})).toThrow(/query/);
    expect(() => resolveOrigin({ origin: "addin.example.vn" }, {})).toThrow(/not a URL/);
  });
});
