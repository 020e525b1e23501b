/**
 * Nothing lost: an output file never replaces an input of the same command, and replaces an
 * existing file only when the user says so with --force (a report written beside the input by
 * default is no exception: "bang.docx" may be a file the user made).
 */
import { realpathSync, statSync } from "node:fs";
import path from "node:path";
import { FileReadError } from "./read";

/** Same file: same device and inode when both exist (hard links, "./a.xlsx" vs "a.xlsx"), else same real path. */
export function sameFile(a: string, b: string): boolean {
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return resolved(a) === resolved(b);
  }
}

function resolved(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    // The file does not exist (yet): resolve its folder, which may be a link.
    try {
      return path.join(realpathSync(path.dirname(file)), path.basename(file));
    } catch {
      return path.resolve(file);
    }
  }
}

function exists(file: string): boolean {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}

/** Throws (exit 2) when `out` names one of `inputs`, or exists and `force` is not given. */
export function guardOutput(out: string, inputs: readonly string[], force: boolean): void {
  const input = inputs.find((file) => sameFile(out, file));
  if (input !== undefined)
    throw new FileReadError({
      vi: `Không ghi: ${out} là tệp đầu vào (${input}); chọn tên khác cho --out.`,
      en: `Not written: ${out} is an input file (${input}); choose another name for --out.`,
    });
  if (!force && exists(out))
    throw new FileReadError({
      vi: `Không ghi: ${out} đã có. Thêm --force để ghi đè, hoặc chọn tên khác cho --out.`,
      en: `Not written: ${out} already exists. Add --force to replace it, or choose another name for --out.`,
    });
}
