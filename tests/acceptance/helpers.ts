/**
 * Acceptance helpers (outside checker): run the real `chitieu` binary as a child process, the way
 * an office would, and read what it prints. Nothing here imports src/.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");
export const BIN = path.join(ROOT, "bin", "chitieu.js");

export interface CliRun {
  code: number | null;
  out: string;
  err: string;
}

export function chitieu(...args: string[]): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
    env: { ...process.env, FORCE_COLOR: "0" },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

export interface JsonRow {
  row: number;
  group: string;
  name: string;
  unit: string;
  kind: string;
  direction: string;
  plan: number | null;
  actual: number | null;
  prior: number | null;
  pctPlan: number | null;
  pctStretch: number | null;
  pctPrior: number | null;
  changePct: number | null;
  diffPoints: number | null;
  verdict: string;
}
export interface JsonIssue {
  row: number | null;
  column: string | null;
  code: string;
  severity: string;
  message: { vi: string; en: string };
}
export interface JsonCheck {
  rows: JsonRow[];
  issues: JsonIssue[];
  summary: {
    reached: number;
    total: number;
    noData: number;
    groups: { name: string; reached: number; total: number }[];
  };
}

export const ROW_KEYS = [
  "row",
  "group",
  "name",
  "unit",
  "kind",
  "direction",
  "plan",
  "actual",
  "prior",
  "pctPlan",
  "pctStretch",
  "pctPrior",
  "changePct",
  "diffPoints",
  "verdict",
  "period",
  "projected",
  "projection",
];
export const ISSUE_KEYS = ["row", "column", "code", "severity", "message"];

export function checkJson(file: string, ...extra: string[]): { run: CliRun; data: JsonCheck } {
  const run = chitieu("check", file, "--json", ...extra);
  let data: JsonCheck;
  try {
    data = JSON.parse(run.out) as JsonCheck;
  } catch {
    throw new Error(`not JSON (exit ${run.code}):\nstdout: ${run.out.slice(0, 2000)}\nstderr: ${run.err}`);
  }
  return { run, data };
}

export function tempDir(prefix: string): {
  dir: string;
  file: (name: string, content?: string | Buffer) => string;
  cleanup: () => void;
} {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return {
    dir,
    file: (name, content) => {
      const full = path.join(dir, name);
      if (content !== undefined) writeFileSync(full, content);
      return full;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A row by indicator name; throws with the names present when missing. */
export function rowNamed(data: JsonCheck, name: string): JsonRow {
  const r = data.rows.find((x) => x.name === name);
  if (!r) throw new Error(`no row "${name}" in: ${data.rows.map((x) => x.name).join(" | ")}`);
  return r;
}

export function issuesAt(data: JsonCheck, row: number, column?: string): JsonIssue[] {
  return data.issues.filter((i) => i.row === row && (column === undefined || i.column === column));
}
