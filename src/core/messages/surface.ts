/**
 * Where a sentence is read. The messages are written once, for the task pane, whose buttons they
 * name ("Bấm Sửa", "Chỉ định cột"); a command-line user has no such button. Each instruction that
 * names one is listed here once with what that user does instead, and forSurface swaps it: one
 * message table, two wordings of its instructions.
 */
import type { Lang, Text } from "../model";

export type Surface = "pane" | "cli";

interface Instruction {
  pane: Text;
  cli: Text;
}

/** Longest first where one contains another. Each pane phrase is matched as written and with its first letter in lower case. */
const INSTRUCTIONS: readonly Instruction[] = [
  {
    // The CLI has no column mapping: headers are what it reads, so the other way is dropped.
    pane: {
      vi: ", hoặc bấm Chỉ định cột trong ngăn chitieu",
      en: ", or use Map columns in the chitieu pane",
    },
    cli: { vi: "", en: "" },
  },
  {
    pane: { vi: "Bấm Tính lại để thay bằng công thức", en: "Click Compute to put the formula back" },
    cli: {
      vi: "Xóa giá trị gõ tay để cột này lại do chitieu tính",
      en: "Delete the typed value so that chitieu computes this column again",
    },
  },
  {
    pane: { vi: "rồi bấm Tính toán", en: "there and Compute" },
    cli: { vi: "rồi chạy lại lệnh chitieu", en: "there and run chitieu again" },
  },
  {
    // chitieu check does not write the file: the person edits the cell (in Excel or any editor).
    pane: { vi: "Bấm Sửa để", en: "Click Fix to" },
    cli: { vi: "Sửa trong tệp để", en: "Edit the file to" },
  },
];

const lower = (s: string): string => s.charAt(0).toLocaleLowerCase() + s.slice(1);

/** The sentence as `surface` should say it: the pane's own words, or the CLI's for each instruction. */
export function forSurface(text: string, lang: Lang, surface: Surface): string {
  if (surface === "pane") return text;
  let out = text;
  for (const { pane, cli } of INSTRUCTIONS) {
    const from = pane[lang];
    const to = cli[lang];
    out = out.split(from).join(to);
    if (lower(from) !== from) out = out.split(lower(from)).join(lower(to));
  }
  return out;
}

/** Both languages of a Text for `surface`. */
export function textForSurface(text: Text, surface: Surface): Text {
  return { vi: forSurface(text.vi, "vi", surface), en: forSurface(text.en, "en", surface) };
}
