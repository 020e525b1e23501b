import type { FindingCode, Text } from "../model";
import { INPUT_MESSAGES } from "./input";
import { RULE_MESSAGES } from "./rules";
import { COMPUTE_MESSAGES } from "./compute";

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
