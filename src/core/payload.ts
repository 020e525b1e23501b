/**
 * Excel on the web caps a request at 5 MB (OFFICE-NOTES §1). Our writes are whole blocks; a very
 * long table's formulas can pass the cap, so blocks are cut by rows into batches that each stay
 * under a budget, one sync per batch. Tables of ordinary size fit one batch.
 */
import type { Block } from "./model";

/** Below Excel's 5 MB, leaving room for the styles and rules that ride with the last batch. */
export const PAYLOAD_BUDGET = 4 * 1024 * 1024;

/** Bytes a block costs on the wire, estimated as the JSON Office.js sends (UTF-8). */
export function blockBytes(block: Block): number {
  return utf8Bytes(JSON.stringify(block.contents)) + utf8Bytes(JSON.stringify(block.numberFormats ?? null));
}

function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}

/** A block's rows [from, to) as a block of its own. */
function rows(block: Block, from: number, to: number): Block {
  return {
    row: block.row + from,
    col: block.col,
    contents: block.contents.slice(from, to),
    ...(block.numberFormats ? { numberFormats: block.numberFormats.slice(from, to) } : {}),
  };
}

/**
 * Blocks in order, grouped into batches of at most `budget` bytes each. A block too large for one
 * batch is cut by rows; a single row larger than the budget still goes alone (nothing smaller exists).
 */
export function splitByPayload(blocks: readonly Block[], budget: number = PAYLOAD_BUDGET): Block[][] {
  const batches: Block[][] = [];
  let batch: Block[] = [];
  let used = 0;
  const flush = () => {
    if (batch.length > 0) batches.push(batch);
    batch = [];
    used = 0;
  };
  for (const block of blocks) {
    const size = blockBytes(block);
    if (used + size <= budget) {
      batch.push(block);
      used += size;
      continue;
    }
    // Cut by rows, filling the current batch first.
    let from = 0;
    while (from < block.contents.length) {
      let to = from;
      let bytes = 0;
      while (to < block.contents.length) {
        const one = blockBytes(rows(block, to, to + 1));
        if (used + bytes + one > budget && (to > from || used > 0)) break;
        bytes += one;
        to += 1;
      }
      if (to === from) {
        flush();
        continue;
      }
      batch.push(rows(block, from, to));
      used += bytes;
      from = to;
      if (from < block.contents.length) flush();
    }
  }
  flush();
  return batches;
}
