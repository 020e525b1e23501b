// Runs before `npm start` and `npm test` so that each works on a fresh clone by itself:
// installs npm packages when node_modules is missing or older than package-lock.json, and,
// for the browser tests, Debian's Chromium when it is missing and we may use apt-get.
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

const needsBrowser = process.env.npm_lifecycle_event === "pretest";
if (needsBrowser && !fs.existsSync(CHROMIUM)) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && fs.existsSync("/usr/bin/apt-get")) {
    run("apt-get update -q");
    run("DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium fonts-dejavu-core");
  } else {
    console.error(
      `Chromium not found at ${CHROMIUM}. Install Debian's chromium (sudo apt-get install chromium) ` +
        "or set CHROMIUM_PATH; the browser tests drive it headless.",
    );
    process.exit(1);
  }
}
