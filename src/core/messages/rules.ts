import type { FindingCode } from "../model";
import type { MessageTemplate } from "./index";

/** Messages for what the validation rules find (owned by the rules module). */
export const RULE_MESSAGES: Partial<Record<FindingCode, MessageTemplate>> = {};
