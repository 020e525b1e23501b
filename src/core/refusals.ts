/**
 * What core refuses to do, as errors that carry the sentence for the person: classes only, so the
 * add-in's error mapping (in the pane's first chunk) can recognise them without the logic that throws.
 */
import type { Text } from "./model";

/**
 * The term asked of a table that is not a term table (CLI --period term, the pane's "Nhiệm kỳ"):
 * there is no path to judge, and judging it as the full year instead would be a silent lie.
 */
export class PeriodMismatchError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
    this.name = "PeriodMismatchError";
  }
}

/** Rolling over a term table that has nothing to add: the sentence says why. */
export class TermRolloverRefusal extends Error {
  constructor(readonly text: Text) {
    super(text.en);
    this.name = "TermRolloverRefusal";
  }
}
