/** Where the harness keeps what global setup and the tests share (one jest run at a time). */
import os from "os";
import path from "path";

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");
export const RESULTS = path.join(ROOT, "test-results");
/** The served URL, written by global setup: workers are separate processes. */
export const URL_FILE = path.join(os.tmpdir(), `chitieu-workbench-url-${process.getuid?.() ?? 0}.txt`);
