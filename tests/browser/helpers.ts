/** Opens the built workbench in Debian's Chromium, the way a person would see it. */
import fs from "fs";
import path from "path";
import { chromium, type Browser, type Frame, type Page } from "playwright-core";
import { RESULTS, URL_FILE } from "./paths";

// The project's testTimeout is ignored by Jest inside `projects`; a browser test needs more than
// the default 5 s (Chromium start, the pane's first render), so every file importing this gets it.
jest.setTimeout(120_000);

export const PANE_TITLE = "Chỉ tiêu Nghị quyết";

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Workbench {
  browser: Browser;
  page: Page;
  /** The task pane iframe, loaded. */
  pane: Frame;
  /** Messages the page and the pane logged as errors, for tests to assert there are none. */
  errors: string[];
}

export function workbenchUrl(): string {
  const url =
    process.env.CHITIEU_WORKBENCH_URL ?? (fs.existsSync(URL_FILE) ? fs.readFileSync(URL_FILE, "utf8") : "");
  if (!url)
    throw new Error(
      "No workbench URL: run with `npx jest --selectProjects browser` (global setup serves it).",
    );
  return url.trim();
}

export async function openWorkbench(): Promise<Workbench> {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`${e.name}: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto(workbenchUrl(), { waitUntil: "load" });
  await page.getByRole("grid").waitFor();
  const frameElement = await page.waitForSelector(`iframe[title="${PANE_TITLE}"]`);
  const pane = await frameElement.contentFrame();
  if (!pane) throw new Error("the task pane iframe has no frame");
  // The workbench points the iframe at the pane after the grid's first paint.
  await pane.waitForURL(/workbench-pane\.html$/, { waitUntil: "load" });
  return { browser, page, pane, errors };
}

/**
 * The workbench for the tests of one file (or describe block): opened before them, once the pane
 * shows its first screen, and its browser closed after them. The object returned is filled in by
 * then; `opened` hands it to a file that keeps `page` and `pane` in variables of its own. A file's
 * own `beforeAll` declared after this call runs after the workbench is open.
 */
export function useWorkbench(opened?: (wb: Workbench) => void): Workbench {
  const wb = {} as Workbench;
  beforeAll(async () => {
    Object.assign(wb, await openWorkbench());
    await wb.pane.getByRole("heading", { name: PANE_TITLE, level: 1 }).waitFor();
    opened?.(wb);
  });
  afterAll(async () => {
    if ("browser" in wb) await wb.browser.close();
  });
  return wb;
}

/** Saves a full-page PNG under test-results/ and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, name.endsWith(".png") ? name : `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
