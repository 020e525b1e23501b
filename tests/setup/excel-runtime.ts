/**
 * Loads Microsoft's Excel client runtime (`@microsoft/office-js` dist/excel-web-16.00.js),
 * unmodified, into this test file's global scope, as a plain <script> would in a page. In Node
 * it needs only `window`, `location`, `navigator` and `document` (OFFICE-NOTES §15).
 */
import { readFileSync } from "fs";

const RUNTIME = require.resolve("@microsoft/office-js/dist/excel-web-16.00.js");

export function loadExcelRuntime(): void {
  const g = globalThis as Record<string, unknown>;
  if (typeof g.OfficeExtension === "object" && g.OfficeExtension && "HttpUtility" in g.OfficeExtension)
    return;
  g.window = globalThis;
  g.location ??= { href: "https://localhost/", protocol: "https:", host: "localhost", hostname: "localhost" };
  g.document ??= {};
  if (typeof g.navigator === "undefined") g.navigator = { userAgent: "node" };
  // Indirect eval runs the file as a script in this realm, so its top-level names are globals.
  (0, eval)(readFileSync(RUNTIME, "utf8"));
}
