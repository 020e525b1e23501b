/** Every sentence the command line prints, in Vietnamese and English. */
import type { Lang, Severity, Text } from "../core/model";

export function helpText(version: string): Text {
  return {
    vi: `chitieu ${version} – kiểm tra và tính bảng chỉ tiêu Nghị quyết

Cách dùng:
  chitieu check TỆP [--json] [--locale vi|en] [--band 95] [--tolerance 0] [--approx-points 0,5]
                    [--convention vi|en] [--period 3m|6m|9m|year|term]
      Đọc bảng chỉ tiêu trong TỆP (.csv hoặc .xlsx), tính % KH, % CK, tăng/giảm, đánh giá,
      kiểm tra số liệu và đếm "đạt và vượt x/y chỉ tiêu".
      --json        in kết quả dạng JSON
      --locale      ngôn ngữ báo cáo (mặc định vi); en cũng đọc số theo kiểu 6,794.12
      --band        bật mức "Cơ bản đạt" từ N% kế hoạch (ví dụ 95)
      --tolerance   sai số cho phép, % của kế hoạch (mặc định 0)
      --approx-points  chỉ tiêu "khoảng" ở dòng tỷ lệ, tăng trưởng, cơ cấu: lệch kế hoạch trong
                    ngần này điểm % vẫn là Đạt (mặc định 0,5; từ 0 đến 10)
      --convention  cách viết số: vi (6.794,12) hoặc en (6,794.12)
      --period      kỳ báo cáo 3m | 6m | 9m | year | term (mặc định: đọc từ tiêu đề, tiêu đề cột);
                    kỳ chưa hết năm được đánh giá theo tiến độ: "Đúng tiến độ" / "Chậm tiến độ";
                    term chỉ dùng cho bảng nhiệm kỳ (bảng khác báo lỗi, không bị tính như cả năm)
      Bảng nhiệm kỳ (mẫu nhiem-ky; hoặc bảng có cột "Mục tiêu đến năm 2025", "Năm 2020 (gốc)",
      "Thực hiện 2021", "TH 2022"…): mỗi chỉ tiêu theo mục tiêu nhiệm kỳ (mức đến năm cuối, tăng
      bình quân %/năm, tổng trong 5 năm, dưới/trên một ngưỡng): đạt được đến nay, cần mỗi năm
      còn lại, dự kiến cuối nhiệm kỳ, "Đúng tiến độ x/y chỉ tiêu nhiệm kỳ".
  chitieu rollover TỆP.xlsx --out KỲ-SAU.xlsx [--term NHIỆM-KỲ.xlsx] [--term-sheet TÊN]
                   [--locale vi|en] [--force]
      Lập bảng kỳ sau cùng mẫu: số thực hiện kỳ này chuyển sang cột Cùng kỳ, năm chuyển tiếp,
      thực hiện để trống; kế hoạch năm sau lấy theo lộ trình nhiệm kỳ khi tệp (trang khác) hoặc
      --term có bảng nhiệm kỳ cho chỉ tiêu đó, còn lại để trống. Bảng nhiệm kỳ: thêm cột năm
      tiếp theo, hoặc báo đã đến năm cuối nhiệm kỳ. Tệp gốc không thay đổi. Số được giữ định
      dạng của tệp gốc. --term-sheet TÊN: bảng nhiệm kỳ ở trang TÊN (của --term, hoặc của TỆP).
  chitieu templates            liệt kê các mẫu bảng
  chitieu template TÊN --out TỆP.xlsx [--year 2021] [--unit "Tên đơn vị"] [--rows 14] [--locale vi|en]
      Ghi mẫu bảng (có sẵn công thức) ra tệp Excel.
  chitieu merge A.xlsx B.xlsx … --out TỆP.xlsx [--locale vi|en]
      Tổng hợp bảng của nhiều đơn vị: mỗi chỉ tiêu một dòng, mỗi đơn vị một cột; cộng số lượng
      và tiền, không cộng tỷ lệ; báo các chỉ tiêu không khớp giữa các đơn vị.
  chitieu report TỆP --format md|docx|txt|csv [--out TỆP] [--locale vi|en]
      Xuất bảng đã tính và lời văn báo cáo ("… đạt 117,33% kế hoạch", "đạt và vượt x/y").
      Với docx (thể thức Nghị định 30/2020/NĐ-CP), các ô để trống sẽ in dấu chấm:
      --unit "UBND huyện …"  --number "15/BC-UBND"  --signer "Họ tên"  --position "Chủ tịch"
      --place "Thạnh Lộc"  --date 2026-12-04
  --locale en   với rollover, template, merge: tiêu đề cột tính, đánh giá (Exceeded/Reached/…),
                dòng tổng hợp và quy tắc tô màu trong trang ghi ra bằng tiếng Anh (mặc định vi);
                số đọc theo kiểu 6,794.12 trừ khi có --convention vi
  --force       ghi đè TỆP --out đã có (không bao giờ ghi đè tệp đầu vào)
  chitieu --help | --version

Mã thoát: 0 không có lỗi · 1 có lỗi số liệu · 2 không đọc được tệp hoặc sai lệnh.
`,
    en: `chitieu ${version} – check and compute resolution indicator tables

Usage:
  chitieu check FILE [--json] [--locale vi|en] [--band 95] [--tolerance 0] [--approx-points 0.5]
                    [--convention vi|en] [--period 3m|6m|9m|year|term]
      Read the indicator table in FILE (.csv or .xlsx), compute % of plan, % of prior year,
      change and verdicts, validate the figures and count "reached x/y targets".
      --json        print the result as JSON
      --locale      report language (default vi); en also reads numbers as 6,794.12
      --band        turn on "Mostly reached" from N% of plan (e.g. 95)
      --tolerance   allowed deviation, in % of plan (default 0)
      --approx-points  "khoảng" (about) targets on rate, growth and structure rows: this many
                    points from the plan is still reached (default 0.5; from 0 to 10)
      --convention  how numbers are written: vi (6.794,12) or en (6,794.12)
      --period      reporting period 3m | 6m | 9m | year | term (default: read from the title and
                    headers); a period before the year's end is judged on progress: "On track" / "Behind";
                    term only on a term table (any other table is an error, not judged as the year)
      Term tables (template nhiem-ky, or a table with "Mục tiêu đến năm 2025", "Năm 2020 (gốc)",
      "Thực hiện 2021", "TH 2022"…): each indicator against its term target (a level by the end
      year, an average growth %/year, a total over 5 years, a limit): achieved so far, needed a
      year, projected at the term's end, "x of y term targets on track".
  chitieu rollover FILE.xlsx --out NEXT.xlsx [--term TERM.xlsx] [--term-sheet NAME]
                   [--locale vi|en] [--force]
      Make the next period's table in the same layout: this period's actual moves to Cùng kỳ,
      the year moves on, the actual is left empty; next year's plan is the figure on the term's
      path when the file (another sheet) or --term holds a term table for that indicator, else
      empty. A term table gets its next year's column, or is said to be at the term's end. The
      source is not changed. Figures keep the source's number formats. --term-sheet NAME: the
      term table is on sheet NAME (of --term, or of FILE).
  chitieu templates            list the table templates
  chitieu template NAME --out FILE.xlsx [--year 2021] [--unit "Unit name"] [--rows 14] [--locale vi|en]
      Write a template (formulas included) to an Excel file.
  chitieu merge A.xlsx B.xlsx … --out FILE.xlsx [--locale vi|en]
      Consolidate several units' tables: one indicator per row, one unit per column; counts and
      money are added, rates are not; indicators that do not match between units are reported.
  chitieu report FILE --format md|docx|txt|csv [--out FILE] [--locale vi|en]
      Export the computed table and the report text ("… 117.33% of plan", "x of y reached").
      For docx (the format of Decree 30/2020/NĐ-CP), what is not given prints as dots:
      --unit "District People's Committee"  --number "15/BC-UBND"  --signer "Full name"
      --position "Chairman"  --place "Thạnh Lộc"  --date 2026-12-04
  --locale en   for rollover, template, merge: the computed headers, verdicts (Exceeded/Reached/…),
                summary line and colour rules of the sheet written are in English (default vi);
                numbers are read as 6,794.12 unless --convention vi
  --force       replace an existing --out FILE (an input file is never replaced)
  chitieu --help | --version

Exit codes: 0 no errors · 1 errors in the figures · 2 file unreadable or bad command.
`,
  };
}

export const REPORT_HEADERS: Record<
  "row" | "stt" | "name" | "pctPlan" | "pctPrior" | "changePct" | "verdict",
  Text
> = {
  row: { vi: "Dòng", en: "Row" },
  stt: { vi: "STT", en: "No." },
  name: { vi: "Chỉ tiêu", en: "Indicator" },
  pctPlan: { vi: "% KH", en: "% plan" },
  pctPrior: { vi: "% CK", en: "% prior" },
  changePct: { vi: "Tăng/giảm", en: "Change" },
  verdict: { vi: "Đánh giá", en: "Verdict" },
};

export const SEVERITY_LABELS: Record<Severity, Text> = {
  error: { vi: "Lỗi", en: "Error" },
  warning: { vi: "Cảnh báo", en: "Warning" },
  info: { vi: "Lưu ý", en: "Note" },
};

export function findingsTitle(count: number): Text {
  return count === 0
    ? { vi: "Không có phát hiện nào.", en: "No findings." }
    : { vi: `Phát hiện (${count}):`, en: `Findings (${count}):` };
}

/** The line after the first findings listed, when a long table has more. */
export function moreFindings(count: number): Text {
  return {
    vi: `… và ${count.toLocaleString("vi-VN")} phát hiện khác (chỉ liệt kê ${MAX_LISTED.toLocaleString("vi-VN")} phát hiện đầu).`,
    en: `… and ${count.toLocaleString("en-US")} more findings (only the first ${MAX_LISTED.toLocaleString("en-US")} are listed).`,
  };
}

/** Findings a check of a table read in parts lists (and --json carries); the rest are counted. */
export const MAX_LISTED = 10_000;

export const OVERALL: Text = { vi: "Toàn bảng", en: "Whole table" };
export const UNGROUPED: Text = { vi: "(không nhóm)", en: "(no group)" };

export function tableFoundLine(sheet: string, rows: number | null): Text {
  // A long table is written as it is read: its count comes at the end.
  if (rows === null) return { vi: `Bảng chỉ tiêu trong "${sheet}":`, en: `Indicator table in "${sheet}":` };
  return {
    vi: `Bảng chỉ tiêu trong "${sheet}": ${rows} chỉ tiêu.`,
    en: `Indicator table in "${sheet}": ${rows} ${rows === 1 ? "indicator" : "indicators"}.`,
  };
}

export function noTable(file: string): Text {
  return {
    vi: `Không tìm thấy bảng chỉ tiêu trong ${file} (cần dòng tiêu đề có Chỉ tiêu, Kế hoạch, Thực hiện).`,
    en: `No indicator table found in ${file} (a header row with Indicator, Plan, Actual is needed).`,
  };
}

export function unknownTemplate(id: string, known: string[]): Text {
  return {
    vi: `Không có mẫu "${id}". Các mẫu: ${known.join(", ")}.`,
    en: `No template "${id}". Templates: ${known.join(", ")}.`,
  };
}

export function templateWritten(file: string, rows: number): Text {
  return {
    vi: `Đã ghi mẫu vào ${file} (${rows} chỉ tiêu).`,
    en: `Template written to ${file} (${rows} indicators).`,
  };
}

export function cannotWrite(file: string): Text {
  return { vi: `Không ghi được ${file}.`, en: `Cannot write ${file}.` };
}

export function pick(text: Text, lang: Lang): string {
  return text[lang];
}
