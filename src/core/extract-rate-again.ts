/**
 * "… tỷ lệ đường trục thôn được cứng hóa đạt 87,3%. Năm 2026 …, đưa tỷ lệ lên tối thiểu 92%",
 * "… nâng lên 68,4%. Theo kế hoạch, đến năm 2030, tỷ lệ này đạt 80%": a rate called only "tỷ lệ"
 * (this rate, the rate raised) is the rate the paragraph named last, in the other tense or later.
 */
import type { Draft } from "./extract-drafts";
import { decapitalize, lower, words } from "./extract-text";
import { FUND } from "./extract-thin-names";
import { MONEY } from "./extract-units";

/** "Tỷ lệ này", "Đưa tỷ lệ lên", "Nâng tỷ lệ": the rate's word and no more than what is done to it. */
const BARE_RATE =
  /^(?:(?:nâng|đưa|kéo|tăng|giảm|hạ)\s+)?tỷ lệ(?:\s+(?:này|đó|nói trên|trên))?(?:\s+(?:lên|xuống|đạt|là|còn|ở mức))?$/u;

/** "% dân số từ 14 tuổi trở lên", "% số hộ trên địa bàn": whom the rate counts, to the clause's end. */
const OF_WHOM =
  /^\s+((?:dân số|số hộ|hộ gia đình|hộ dân|người dân|lao động|học sinh|trẻ em|tổng số)(?:\s+[\p{L}\d]+){0,8}?)\s*(?=[,;.)]|$)/u;

export function nameRatesAgain(src: string, drafts: readonly Draft[]): void {
  drafts.forEach((d, k) => {
    if (d.unit !== "%" || !BARE_RATE.test(lower(d.name).trim())) return;
    // "nâng tỷ lệ lên 81,2% dân số từ 14 tuổi": the words after the figure say what it is of.
    const end = /%/u.exec(src.slice(d.source.start, d.source.end + 8));
    const after =
      end === null ? "" : lower(src.slice(d.source.start + end.index + 1, d.source.start + end.index + 24));
    // "… lên 81,2% dân số từ 14 tuổi trở lên": the rate is of the people or homes said after it.
    const of = OF_WHOM.exec(
      end === null ? "" : src.slice(d.source.start + end.index + 1, d.source.start + end.index + 61),
    );
    if (of?.[1] !== undefined) {
      d.name = `Tỷ lệ ${of[1].trim()}`;
      return;
    }
    if (!/^\s*(?:[,;.)]|$|so với|vào|trong|năm|theo)/u.test(after)) return;
    // "công nhận mới 4 trường chuẩn quốc gia, nâng tỷ lệ lên 82,8%": the rate raised is the rate of
    // what the sentence just counted, named earlier by that noun, even when another rate came last.
    const counted = drafts[k - 1];
    const unit = counted === undefined ? "" : lower(counted.unit).trim();
    if (
      counted?.sentence === d.sentence &&
      unit !== "" &&
      unit !== "%" &&
      !MONEY.some((m) => unit.includes(m))
    ) {
      const own = new RegExp(
        `^tỷ lệ\\s(?:.*\\s)?${unit.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}(?!\\p{L})`,
        "u",
      );
      for (let j = k - 2; j >= 0; j--) {
        const c = drafts[j] as Draft;
        if (c.unit === "%" && own.test(lower(c.name)) && !BARE_RATE.test(lower(c.name))) {
          d.name = c.name;
          if (!d.doubts.includes("ten_ghep_tu_menh_de_khac")) d.doubts.push("ten_ghep_tu_menh_de_khac");
          return;
        }
      }
      // "có thêm 3 xã đạt chuẩn nông thôn mới, nâng tỷ lệ lên 75%": with no such rate before, the
      // count named by its noun first names the rate (not whatever rate the paragraph named last).
      if (lower(counted.name).startsWith(`${unit} `) && words(counted.name).length <= 12) {
        d.name = `Tỷ lệ ${decapitalize(counted.name)}`;
        return;
      }
    }
    for (let j = k - 1; j >= 0; j--) {
      const c = drafts[j] as Draft;
      if (c.unit !== "%") continue;
      if (/^tỷ lệ\s/u.test(lower(c.name)) && words(c.name).length > 2 && !BARE_RATE.test(lower(c.name))) {
        d.name = c.name;
        if (!d.doubts.includes("ten_ghep_tu_menh_de_khac")) d.doubts.push("ten_ghep_tu_menh_de_khac");
      }
      return;
    }
  });
}

/** "giải ngân đạt 96% kế hoạch vốn", "Tỷ lệ giải ngân" of no fund: a share disbursed, said with no amount. */
const DISBURSED_SHARE =
  /^(?:tỷ lệ\s+)?(?:(?:ước|đã)\s+)?giải ngân(?:\s+(?:đạt|được))?(?:\s+kế hoạch(?:\s+vốn)?)?$/u;

/**
 * "Kế hoạch vốn đầu tư công năm 2026 … là 684,5 tỷ đồng. … Ước đến hết năm giải ngân đạt 96% kế
 * hoạch vốn": the share disbursed, with no amount beside it, is the rate of disbursing the fund the
 * paragraph named ("Tỷ lệ giải ngân vốn đầu tư công"), as tables name it.
 */
export function nameDisbursedShares(drafts: readonly Draft[]): void {
  drafts.forEach((d, k) => {
    if (d.unit !== "%" || d.changePct !== null || !DISBURSED_SHARE.test(lower(d.name).trim())) return;
    // The fund the paragraph names first: its parts ("trong đó vốn ngân sách tỉnh …") come after it.
    for (let j = 0; j < k; j++) {
      const c = drafts[j] as Draft;
      if (!MONEY.some((m) => lower(c.unit).includes(m))) continue;
      const fund = FUND.exec(lower(c.name))?.[1];
      if (fund === undefined) continue;
      d.name = `Tỷ lệ giải ngân vốn ${fund}`;
      if (!d.doubts.includes("ten_ghep_tu_menh_de_khac")) d.doubts.push("ten_ghep_tu_menh_de_khac");
      return;
    }
  });
}

/** Names that already say what kind of measure a percentage is ("Tỷ lệ …", "Công suất", "CPI …"). */
const SAYS_MEASURE =
  /^(?:tỷ lệ|tỷ trọng|tỷ suất|tốc độ|chỉ số|mức|cơ cấu|hệ số|độ|tăng|giảm|lãi suất|hiệu suất|công suất|năng suất|mật độ|cpi|iip|lạm phát|nợ xấu|kế hoạch|dự toán|chỉ tiêu|khu vực|ngành)(?!\p{L})/u;

/**
 * "số nợ đóng chiếm 2,6%", "nợ đóng còn 1,86% số phải thu": a percentage named by the sums or
 * people it is a share of, with no word saying it is a share, is a rate; keys name it "Tỷ lệ …" as
 * tables do. Only two shapes say so: a "số …" that "chiếm" the share (a count made a share), or a
 * figure followed by the whole it is taken of ("số phải thu", "tổng số …").
 */
export function nameSharesOfWhom(src: string, drafts: readonly Draft[]): void {
  for (const d of drafts) {
    const name = lower(d.name).trim();
    if (d.unit !== "%" || name === "" || SAYS_MEASURE.test(name) || /tỷ lệ|tỷ trọng/u.test(name)) continue;
    const pct = /%/u.exec(src.slice(d.source.start, d.source.end + 8));
    if (pct === null) continue;
    const at = d.source.start + pct.index + 1;
    // "giảm 5% số vụ cháy", "số người chết giảm 15,4%": a fall or a rise of a count, not a share of it.
    const figure = d.source.start + (/\d/u.exec(src.slice(d.source.start, d.source.end))?.index ?? 0);
    const before = lower(src.slice(Math.max(0, figure - 30), figure));
    if (/(?:tăng|giảm|hạ|vượt)(?!\p{L})[^,;.:]{0,20}$/u.test(before)) continue;
    const after = lower(src.slice(at, at + 40)).trimStart();
    // A count "chiếm" a share ("số nợ đóng chiếm 2,6%"); a figure that opens its own name ("100% thôn,
    // bản được phủ sóng") or follows a lead ("Số người tham gia …: 12% dân số") keeps its words.
    if (
      /^số\s+(?!hóa)\p{L}/u.test(name) &&
      words(name).length >= 3 &&
      /\schiếm\s+(?:khoảng\s+)?$/u.test(before)
    ) {
      d.name = `Tỷ lệ ${d.name.trim().slice(3).trimStart()}`;
    } else if (words(name).length >= 2 && /^(?:của\s+)?(?:tổng\s+)?số\s+\p{L}/u.test(after)) {
      d.name = `Tỷ lệ ${decapitalize(d.name.trim())}`;
    }
  }
}
