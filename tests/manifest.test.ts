/**
 * Offline manifest check. `office-addin-manifest validate` needs the internet, so this test checks
 * what it can here: the XML parses, the schema's element order, the required elements, the
 * permission, the requirement set, the locales, the icons and that every URL is built by webpack.
 */
import fs from "fs";
import path from "path";
import { DOMParser, type Element } from "@xmldom/xmldom";

const root = path.resolve(__dirname, "..");
const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(xml, "text/xml");
const app = doc.documentElement!;

function children(el: Element): Element[] {
  return Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1);
}
function child(el: Element, name: string): Element {
  const found = children(el).find((c) => c.localName === name);
  if (!found) throw new Error(`<${el.localName}> has no <${name}>`);
  return found;
}
function all(name: string): Element[] {
  return Array.from(doc.getElementsByTagNameNS("*", name));
}

/** Files the production build emits, read from webpack.config.js itself. */
function builtFiles(): Set<string> {
  const makeConfig = require(path.join(root, "webpack.config.js"));
  const config = makeConfig({}, { mode: "production" });
  const files = new Set<string>();
  for (const plugin of config.plugins) {
    const options = plugin.userOptions ?? plugin.options;
    if (options?.filename && typeof options.filename === "string") files.add(options.filename);
    for (const pattern of plugin.patterns ?? options?.patterns ?? []) {
      if (pattern.from === "manifest.xml") files.add("manifest.xml");
      if (pattern.from === "assets/*.png") {
        for (const f of fs.readdirSync(path.join(root, "assets")))
          if (f.endsWith(".png")) files.add(`assets/${f}`);
      }
    }
  }
  return files;
}

function pngSize(file: string): [number, number] {
  const head = fs.readFileSync(file).subarray(0, 24);
  expect(head.subarray(1, 4).toString("ascii")).toBe("PNG");
  return [head.readUInt32BE(16), head.readUInt32BE(20)];
}

describe("manifest.xml", () => {
  test("parses as a TaskPaneApp", () => {
    expect(app.localName).toBe("OfficeApp");
    expect(app.getAttribute("xsi:type")).toBe("TaskPaneApp");
  });

  test("top-level elements follow the schema's order", () => {
    const order = [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ];
    const present = children(app).map((c) => c.localName);
    expect(present).toEqual(order);
  });

  test("has a GUID id, vi-VN as default locale and an en-US display name", () => {
    expect(child(app, "Id").textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(child(app, "DefaultLocale").textContent).toBe("vi-VN");
    const display = child(app, "DisplayName");
    expect(display.getAttribute("DefaultValue")).toBe("Chỉ tiêu Nghị quyết");
    expect(child(display, "Override").getAttribute("Locale")).toBe("en-US");
  });

  test("asks for ReadWriteDocument and nothing wider", () => {
    expect(child(app, "Permissions").textContent).toBe("ReadWriteDocument");
  });

  test("declares ExcelApi 1.9 for Workbook", () => {
    expect(child(child(app, "Hosts"), "Host").getAttribute("Name")).toBe("Workbook");
    const sets = all("Set").filter((s) => s.getAttribute("Name") === "ExcelApi");
    expect(sets).toHaveLength(1);
    expect(sets[0]!.getAttribute("MinVersion")).toBe("1.9");
  });

  test("has the ribbon buttons: open pane, Kiểm tra, Tính toán, Biểu đồ", () => {
    const controls = all("Control").map((c) => c.getAttribute("id"));
    expect(controls).toEqual(["ChiTieu.OpenPane", "ChiTieu.Validate", "ChiTieu.Compute", "ChiTieu.Charts"]);
    const functions = all("FunctionName").map((f) => f.textContent);
    expect(functions).toEqual(["validate", "compute", "charts"]);
    const label = (id: string) =>
      all("String")
        .find((s) => s.getAttribute("id") === id)!
        .getAttribute("DefaultValue");
    expect([label("Validate.Label"), label("Compute.Label"), label("Charts.Label")]).toEqual([
      "Kiểm tra",
      "Tính toán",
      "Biểu đồ",
    ]);
    expect(all("Action").filter((a) => a.getAttribute("xsi:type") === "ShowTaskpane")).toHaveLength(1);
  });

  test("every ribbon function is associated in the commands code", () => {
    const source = fs.readFileSync(path.join(root, "src/commands/commands.ts"), "utf8");
    for (const name of all("FunctionName").map((f) => f.textContent)) {
      expect(source).toContain(`"${name}"`);
    }
  });

  test("every resource used is defined, ids fit Office's limits", () => {
    const defined = new Set(
      ["Image", "Url", "String"].flatMap((t) => all(t).map((e) => e.getAttribute("id"))).filter(Boolean),
    );
    const used = Array.from(doc.getElementsByTagName("*"))
      .map((e) => e.getAttribute("resid"))
      .filter((r): r is string => Boolean(r));
    expect(used.length).toBeGreaterThan(10);
    for (const id of used) expect(defined).toContain(id);
    for (const id of defined) expect(id!.length).toBeLessThanOrEqual(32);
    for (const c of all("Control")) expect(c.getAttribute("id")!.length).toBeLessThanOrEqual(125);
  });

  test("every short and long string has an en-US override", () => {
    const strings = all("String");
    expect(strings.length).toBeGreaterThan(8);
    for (const s of strings) {
      const overrides = children(s).filter((c) => c.localName === "Override");
      expect(overrides.map((o) => o.getAttribute("Locale"))).toEqual(["en-US"]);
    }
  });

  test("ribbon icons come in 16, 32 and 80 px and the files have those sizes", () => {
    const images = all("Image").filter((i) => i.getAttribute("DefaultValue"));
    const sizes = new Map(images.map((i) => [i.getAttribute("id")!, i.getAttribute("DefaultValue")!]));
    for (const icon of all("Icon")) {
      const declared = children(icon).map((i) => i.getAttribute("size"));
      expect(declared).toEqual(["16", "32", "80"]);
      for (const img of children(icon)) {
        const url = sizes.get(img.getAttribute("resid")!)!;
        const file = path.join(root, new URL(url).pathname);
        const n = Number(img.getAttribute("size"));
        expect(pngSize(file)).toEqual([n, n]);
      }
    }
    const icon = (name: string) =>
      path.join(root, new URL(child(app, name).getAttribute("DefaultValue")!).pathname);
    expect(pngSize(icon("IconUrl"))).toEqual([32, 32]);
    expect(pngSize(icon("HighResolutionIconUrl"))).toEqual([64, 64]);
  });

  test("every URL is HTTPS and names a file the production build emits", () => {
    const built = builtFiles();
    expect(built).toContain("taskpane.html");
    expect(built).not.toContain("index.html"); // the workbench is never in the add-in build
    const urls = Array.from(doc.getElementsByTagName("*"))
      .flatMap((e) => [e.getAttribute("DefaultValue"), e.getAttribute("Value")])
      .filter((v): v is string => Boolean(v) && /^[a-z]+:\/\//i.test(v!));
    expect(urls.length).toBeGreaterThan(15);
    for (const url of urls) {
      const parsed = new URL(url);
      expect(parsed.protocol).toBe("https:");
      expect(built).toContain(parsed.pathname.replace(/^\//, ""));
    }
  });
});
