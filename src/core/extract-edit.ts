/**
 * A stretch of the pasted text replaced by other words before extraction ("" deletes, start = end
 * inserts), offsets in the text as pasted so that every figure maps back to where it was written.
 * The shorthand pass gathers the edits of every module that rewrites a paste (extract-shorthand.ts).
 */
export interface TextEdit {
  start: number;
  end: number;
  insert: string;
}
