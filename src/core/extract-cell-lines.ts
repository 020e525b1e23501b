/**
 * A Word table pasted one cell per line: its header cells on lines of their own, then each row's
 * cells on as many lines ("Chỉ tiêu / ĐVT / KH 2026 / TH 2026 / Số hộ thoát nghèo / hộ / 85 / 92").
 * Read line by line, its figures lose their rows. The lines of the header and of each row that fits
 * it are joined with tabs instead of newlines (one character for one, so every offset holds), and
 * the table reader reads them as any tabbed table.
 */

/** The head of the names' column, or a numbering column before it. */
const NAMES_HEAD = /^(?:chỉ tiêu|nội dung|danh mục|hạng mục|tên chỉ tiêu)$/iu;
const NUMBERING_HEAD = /^(?:stt|tt|số tt)\.?$/iu;
/** A header cell of a value column: its tense, period, unit or ratio, with no figure but a date. */
const VALUE_HEAD =
  /^(?:(?:đvt|đơn vị(?: tính)?|kh|th|ưth|kế hoạch|thực hiện|ước(?: th| thực hiện)?|dự toán|số lượng|cùng kỳ|so sánh|tăng|giảm|tỷ lệ|năm|quý|tháng|lũy kế|\d{1,2} tháng|% ?(?:kh|ck))(?![\p{L}])[^\n]{0,40})$/iu;
/** A value cell: a figure, "-", "x" or a unit word or two (the ĐVT column). */
const VALUE_CELL = /^(?:[-+x]|[-+]?\d[\d.,]*\s*%?|\p{L}+(?:\s\p{L}+){0,2})$/iu;
const NUMBERING_CELL = /^(?:\d{1,2}(?:\.\d{1,2})?|[IVX]{1,4}|[a-zđ])[.)]?$/u;

export function joinCellLines(text: string): string {
  if (!text.includes("\n") || /[\t|]/u.test(text)) return text;
  const lines: { start: number; said: string }[] = [];
  let at = 0;
  for (const said of text.split("\n")) {
    lines.push({ start: at, said: said.trim() });
    at += said.length + 1;
  }
  const out = text.split("");
  // The newline after line i becomes a tab.
  const join = (from: number, count: number): void => {
    for (let j = from; j < from + count - 1; j++) {
      const l = lines[j] as { start: number; said: string };
      const raw = text.indexOf("\n", l.start);
      if (raw >= 0) out[raw] = "\t";
    }
  };
  for (let i = 0; i < lines.length; i++) {
    const numbered = NUMBERING_HEAD.test((lines[i] as { said: string }).said);
    const nameAt = numbered ? i + 1 : i;
    if (!NAMES_HEAD.test(lines[nameAt]?.said ?? "")) continue;
    let k = nameAt + 1;
    while (k < lines.length && VALUE_HEAD.test((lines[k] as { said: string }).said)) k++;
    const width = k - i;
    // At least two value columns, and one row that fits.
    if (k - nameAt - 1 < 2) continue;
    let rows = 0;
    for (let r = k; r + width <= lines.length; r += width) {
      const cells = lines.slice(r, r + width).map((l) => l.said);
      const name = cells[numbered ? 1 : 0] as string;
      const fits =
        (!numbered || NUMBERING_CELL.test(cells[0] as string)) &&
        /\p{L}/u.test(name) &&
        cells.slice(numbered ? 2 : 1).every((c) => VALUE_CELL.test(c)) &&
        cells.slice(numbered ? 2 : 1).some((c) => /\d/u.test(c));
      if (!fits) break;
      rows++;
    }
    if (rows === 0) continue;
    join(i, width);
    for (let r = 0; r < rows; r++) join(k + r * width, width);
    i = k + rows * width - 1;
  }
  return out.join("");
}
