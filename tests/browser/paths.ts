/** Where the harness keeps what global setup and the tests share (one jest run at a time). */
import os from "os";
import path from "path";

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");
export const RESULTS = path.join(ROOT, "test-results");
/** The served URL, written by global setup: workers are separate processes. */
export const URL_FILE = path.join(os.tmpdir(), `chitieu-workbench-url-${process.getuid?.() ?? 0}.txt`);
/** Which modules failed to build (webpack "ERROR in" files), written by global setup. */
export const BUILD_REPORT = path.join(os.tmpdir(), `chitieu-workbench-build-${process.getuid?.() ?? 0}.json`);
