/**
 * Issue 15 item 6: the uuid 8.3.2 advisory (GHSA-w5hq-g745-h8pq) affects v3/v5/v6 called with an
 * output buffer. This fails if ExcelJS (lib, or the browser build webpack ships) starts using any
 * other uuid function, or passes v4 arguments.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const root = path.join(__dirname, "../../node_modules/exceljs");

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? jsFiles(full) : name.endsWith(".js") ? [full] : [];
  });
}

test("ExcelJS imports only uuid's v4 and calls it without a buffer", () => {
  const imports: string[] = [];
  const calls: string[] = [];
  for (const file of [...jsFiles(path.join(root, "lib")), path.join(root, "dist/exceljs.js")]) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/const\s*\{([^}]*)\}\s*=\s*require\('uuid'\)/g))
      imports.push(m[1]!.replace(/\s+/g, ""));
    for (const m of text.matchAll(/\buuid(v\d)\(([^)]*)\)/g)) calls.push(`${m[1]}(${m[2]})`);
    expect(/require\('uuid\/[^']*'\)|require\("uuid"\)/.test(text)).toBe(false);
  }
  expect([...new Set(imports)]).toEqual(["v4:uuidv4"]);
  expect([...new Set(calls)]).toEqual(["v4()"]);
});
