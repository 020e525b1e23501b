/** Where the harness keeps what global setup and the tests share (one jest run at a time). */
import crypto from "crypto";
import os from "os";
import path from "path";

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");
export const RESULTS = path.join(ROOT, "test-results");
/** The served URL, written by global setup: workers are separate processes. Keyed by the checkout
 *  too, so that two clones (or git worktrees) can run their browser tests at the same time. */
const CHECKOUT = crypto.createHash("sha1").update(ROOT).digest("hex").slice(0, 8);
export const URL_FILE = path.join(
  os.tmpdir(),
  `chitieu-workbench-url-${process.getuid?.() ?? 0}-${CHECKOUT}.txt`,
);
