/** Shared by the CLI tests: run main() in-process and capture what it prints. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";

export interface Run {
  code: number;
  out: string;
  err: string;
}

export async function run(...argv: string[]): Promise<Run> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

export function tempDir(prefix: string): {
  dir: string;
  file: (name: string, text?: string) => string;
  cleanup: () => void;
} {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return {
    dir,
    file: (name, text) => {
      const full = path.join(dir, name);
      if (text !== undefined) writeFileSync(full, text, "utf8");
      return full;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A CSV line from cells: quotes only where the cell needs them. */
export function csvLine(cells: (string | number | null)[], delimiter = ","): string {
  return cells
    .map((c) => {
      if (c === null) return "";
      const s = String(c);
      return s.includes(delimiter) || s.includes('"') || s.includes("\n") ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(delimiter);
}
