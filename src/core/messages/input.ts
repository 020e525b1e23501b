import type { FindingCode } from "../model";
import type { MessageTemplate } from "./index";

/** Messages for what the table reader finds (owned by the numbers/targets/table module). */
export const INPUT_MESSAGES: Partial<Record<FindingCode, MessageTemplate>> = {};
