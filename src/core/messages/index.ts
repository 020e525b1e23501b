import type { Finding, FindingCode, Lang, Text } from "../model";
import { INPUT_MESSAGES } from "./input";
import { RULE_MESSAGES } from "./rules";
import { COMPUTE_MESSAGES } from "./compute";
import { forSurface, type Surface } from "./surface";

/** Values a message may mention: the cell, the figures, the column label. */
export type MessageParams = Record<string, string | number>;

/** One sentence per finding code, in Vietnamese and English. */
export type MessageTemplate = (p: MessageParams) => Text;

/** input.ts holds the codes the table reader raises; rules.ts the codes the rules raise. */
export const MESSAGES: Partial<Record<FindingCode, MessageTemplate>> = {
  ...INPUT_MESSAGES,
  ...RULE_MESSAGES,
  ...COMPUTE_MESSAGES,
};

export function msg(code: FindingCode, params: MessageParams = {}): Text {
  const template = MESSAGES[code];
  if (!template) throw new Error(`no message for finding code ${code}`);
  return template(params);
}

/**
 * Sentences built on first read. A sheet of figures pasted as text gives one finding per cell, and
 * building (and keeping) every sentence and its formatted numbers up front was most of the time a
 * check took. One shared getter per property keeps every finding the same shape (an own,
 * enumerable property, so spread and JSON see it); the first read replaces it with the value.
 */
const PENDING = new WeakMap<object, () => Text>();

function lazyGetter(key: "message" | "description"): (this: object) => Text {
  return function (this: object): Text {
    const build = PENDING.get(this);
    PENDING.delete(this);
    const value = build ? build() : { vi: "", en: "" };
    Object.defineProperty(this, key, { value, enumerable: true, writable: true, configurable: true });
    return value;
  };
}

function lazySetter(key: "message" | "description"): (this: object, value: Text) => void {
  return function (this: object, value: Text): void {
    PENDING.delete(this);
    Object.defineProperty(this, key, { value, enumerable: true, writable: true, configurable: true });
  };
}

const LAZY = {
  message: { get: lazyGetter("message"), set: lazySetter("message"), enumerable: true, configurable: true },
  description: {
    get: lazyGetter("description"),
    set: lazySetter("description"),
    enumerable: true,
    configurable: true,
  },
} as const;

/** Adds `key` to `target` as a Text built by `build` when first read. */
export function lazyText<T extends object>(target: T, key: "message" | "description", build: () => Text): T {
  Object.defineProperty(target, key, LAZY[key]);
  PENDING.set(target, build);
  return target;
}

/**
 * A finding's sentence for a view that shows its cell's address beside it (the pane's list, the
 * CLI's report): without the address again ("G8 Ô G8 (…)" reads as a stutter). "Ô G8 (Thực hiện
 * của "Doanh thu"): …" becomes "Thực hiện của "Doanh thu": …"; "… trống (ô D4)." loses "(ô D4)".
 * `surface` words its instructions (surface.ts): the CLI says what to change in the file, not which
 * pane button to press.
 */
export function messageBesideCell(
  finding: Pick<Finding, "cell" | "message">,
  lang: Lang,
  surface: Surface = "pane",
): string {
  const text = forSurface(finding.message[lang], lang, surface);
  const cell = finding.cell;
  if (cell === null) return text;
  const leads =
    lang === "vi"
      ? [`Ô ${cell.address}`, `Dòng ${cell.row + 1}`]
      : [`Cell ${cell.address}`, `Row ${cell.row + 1}`];
  let out = text;
  for (const lead of leads) {
    if (!out.startsWith(lead)) continue;
    let rest = out.slice(lead.length);
    if (rest.startsWith(" (")) {
      const close = rest.indexOf("): ");
      if (close > 0) rest = `${rest.slice(2, close)}${rest.slice(close + 1)}`;
    } else if (rest.startsWith(": ")) {
      rest = rest.slice(2);
    } else continue;
    out = rest.charAt(0).toLocaleUpperCase(lang) + rest.slice(1);
    break;
  }
  const own = lang === "vi" ? ` (ô ${cell.address})` : ` (cell ${cell.address})`;
  return out.split(own).join("");
}
