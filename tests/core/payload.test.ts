import type { Block } from "../../src/core/model";
import { blockBytes, splitByPayload, PAYLOAD_BUDGET } from "../../src/core/payload";

const formula = (r: number) => `=IF(AND(ISNUMBER(G${r}),ISNUMBER(F${r}),F${r}<>0),G${r}/F${r},"—")`;

function column(rows: number, col = 9, top = 5): Block {
  return {
    row: top,
    col,
    contents: Array.from({ length: rows }, (_, i) => [formula(top + i + 1), "Chưa có số liệu"]),
    numberFormats: Array.from({ length: rows }, () => ["0.00%", "General"]),
  };
}

describe("writes stay under Excel on the web's 5 MB request cap", () => {
  test("a 45-row table is one batch, untouched", () => {
    const blocks = [column(45), column(45, 12)];
    expect(splitByPayload(blocks)).toEqual([blocks]);
  });

  test("Vietnamese text is counted in UTF-8 bytes, not characters", () => {
    const block: Block = { row: 0, col: 0, contents: [["Đạt"]] };
    // "Đ" is 2 bytes and "ạ" 3 in UTF-8: 9 characters of JSON are 12 bytes, plus "null" formats.
    expect(blockBytes(block)).toBe(Buffer.byteLength(JSON.stringify([["Đạt"]])) + 4);
    expect(blockBytes(block)).toBe(16);
  });

  test("a long table is cut by rows into batches under the budget, in order, losing nothing", () => {
    const blocks = [column(3000), column(3000, 12)];
    const budget = 150_000;
    const batches = splitByPayload(blocks, budget);
    expect(batches.length).toBeGreaterThan(2);
    for (const batch of batches)
      expect(batch.reduce((n, b) => n + blockBytes(b), 0)).toBeLessThanOrEqual(budget);
    // Every cell of every block, once, at its own place.
    const seen = new Map<string, unknown>();
    for (const b of batches.flat())
      b.contents.forEach((line, r) => line.forEach((v, c) => seen.set(`${b.row + r},${b.col + c}`, v)));
    for (const b of blocks)
      b.contents.forEach((line, r) =>
        line.forEach((v, c) => expect(seen.get(`${b.row + r},${b.col + c}`)).toBe(v)),
      );
    expect(seen.size).toBe(2 * 3000 * 2);
    expect(PAYLOAD_BUDGET).toBeLessThan(5 * 1024 * 1024);
  });
});
