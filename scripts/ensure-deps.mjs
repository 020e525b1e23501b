// Runs before `npm start` and `npm test` so that each works on a fresh clone by itself:
// installs npm packages when node_modules is missing or older than package-lock.json, and the
// Debian packages the tests need.
import { execSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const lock = path.join(root, "package-lock.json");
const installed = path.join(root, "node_modules", ".package-lock.json");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

function run(command) {
  console.log(`> ${command}`);
  execSync(command, { cwd: root, stdio: "inherit" });
}

if (!fs.existsSync(installed) || fs.statSync(lock).mtimeMs > fs.statSync(installed).mtimeMs) {
  run("npm ci --no-audit --no-fund");
}

// The tests drive Debian's Chromium (browser tests) and LibreOffice (a second engine that
// recalculates the workbooks we write and lays out the Word report); install them when missing
// and we may use apt-get.
const SOFFICE = "/usr/bin/soffice";
const WRITER = "/usr/lib/libreoffice/program/libswlo.so";
const LIBERATION_SERIF = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf";
const missing = [];
if (process.env.npm_lifecycle_event === "pretest") {
  if (!fs.existsSync(CHROMIUM)) missing.push("chromium", "fonts-dejavu-core");
  if (!fs.existsSync(SOFFICE)) missing.push("libreoffice-calc-nogui");
  // Writer converts the Word report to PDF; poppler counts and renders its pages; Liberation Serif
  // has Times New Roman's metrics, so the page count is the one Word would give.
  if (!fs.existsSync(WRITER)) missing.push("libreoffice-writer-nogui");
  if (!fs.existsSync("/usr/bin/pdftoppm")) missing.push("poppler-utils");
  if (!fs.existsSync(LIBERATION_SERIF)) missing.push("fonts-liberation2");
}
if (missing.length > 0) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && fs.existsSync("/usr/bin/apt-get")) {
    run("apt-get update -q");
    run(`DEBIAN_FRONTEND=noninteractive apt-get install -y -q ${missing.join(" ")}`);
  } else {
    console.error(
      `Missing for the tests: ${missing.join(", ")}. Install them (sudo apt-get install ${missing.join(" ")}); ` +
        "Chromium can also be given with CHROMIUM_PATH.",
    );
    process.exit(1);
  }
}
