/** The command line, parsed into one closed union; nothing here touches files. */
import {
  DEFAULT_SETTINGS,
  MAX_APPROX_POINTS,
  type Lang,
  type NumberConvention,
  type Period,
} from "../core/model";
import { parsePeriod } from "../core/period";
import { EXPORT_FORMATS, type DocxFields, type ExportFormat } from "./export";

export type Command =
  | { kind: "help"; lang: Lang }
  | { kind: "version" }
  | {
      kind: "check";
      file: string;
      json: boolean;
      lang: Lang;
      convention: NumberConvention;
      band: number | null;
      tolerance: number;
      /** --approx-points: "khoảng" on rate, growth and structure rows, in điểm % (default 0,5). */
      approxPoints: number;
      /** --period 9m: judge as this period whatever the sheet says; null = read from the sheet. */
      period: Period | null;
    }
  | { kind: "templates"; lang: Lang; json: boolean }
  | {
      kind: "rollover";
      lang: Lang;
      file: string;
      out: string;
      convention: NumberConvention;
      /** --term FILE: a term table kept in another file, whose path gives next year's plans. */
      term: string | null;
      /** --term-sheet NAME: the sheet holding the term table, in --term's file or this one. */
      termSheet: string | null;
      force: boolean;
    }
  | {
      kind: "template";
      lang: Lang;
      id: string;
      out: string;
      year: number | null;
      unitName: string | null;
      rows: number | null;
      /** Replace an existing --out file. */
      force: boolean;
    }
  | {
      kind: "merge";
      lang: Lang;
      files: string[];
      out: string;
      convention: NumberConvention;
      band: number | null;
      tolerance: number;
      approxPoints: number;
      force: boolean;
    }
  | {
      kind: "report";
      lang: Lang;
      file: string;
      format: ExportFormat;
      out: string | null;
      convention: NumberConvention;
      band: number | null;
      tolerance: number;
      approxPoints: number;
      period: Period | null;
      /** For --format docx: who issues and signs it. */
      fields: DocxFields;
      force: boolean;
    };

/** A command line that cannot be run; the message is one sentence per language. */
export class UsageError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
    this.name = "UsageError";
  }
}

interface Flags {
  positional: string[];
  values: Map<string, string>;
  switches: Set<string>;
}

const VALUE_FLAGS = new Set([
  "--locale",
  "--band",
  "--tolerance",
  "--approx-points",
  "--out",
  "--year",
  "--unit",
  "--rows",
  "--convention",
  "--format",
  "--period",
  "--term",
  "--term-sheet",
  "--number",
  "--signer",
  "--position",
  "--place",
  "--date",
]);
const SWITCH_FLAGS = new Set(["--json", "--help", "-h", "--version", "-v", "--force"]);

function splitFlags(argv: string[]): Flags {
  const flags: Flags = { positional: [], values: new Map(), switches: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const eq = arg.indexOf("=");
    const name = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
    if (VALUE_FLAGS.has(name)) {
      const value = eq > 0 && name !== arg ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined)
        throw new UsageError(`Thiếu giá trị sau ${name}.`, `Missing a value after ${name}.`);
      flags.values.set(name, value);
    } else if (SWITCH_FLAGS.has(arg)) {
      flags.switches.add(arg);
    } else if (arg.startsWith("-") && arg.length > 1) {
      throw new UsageError(`Không biết tùy chọn ${arg}.`, `Unknown option ${arg}.`);
    } else {
      flags.positional.push(arg);
    }
  }
  return flags;
}

function number(flags: Flags, name: string, min: number, max: number): number | null {
  const raw = flags.values.get(name);
  if (raw === undefined) return null;
  const value = Number(raw.replace(",", "."));
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new UsageError(
      `${name} cần một số từ ${min} đến ${max}, không phải "${raw}".`,
      `${name} needs a number from ${min} to ${max}, not "${raw}".`,
    );
  }
  return value;
}

function lang(flags: Flags): Lang {
  const raw = flags.values.get("--locale");
  if (raw === undefined) return "vi";
  const short = raw.toLowerCase().slice(0, 2);
  if (short === "vi" || short === "en") return short;
  throw new UsageError(
    `--locale chỉ nhận vi hoặc en, không phải "${raw}".`,
    `--locale takes vi or en, not "${raw}".`,
  );
}

function convention(flags: Flags, fallback: NumberConvention): NumberConvention {
  const raw = flags.values.get("--convention");
  if (raw === undefined) return fallback;
  if (raw === "vi" || raw === "en") return raw;
  throw new UsageError(
    `--convention chỉ nhận vi hoặc en, không phải "${raw}".`,
    `--convention takes vi or en, not "${raw}".`,
  );
}

/** --approx-points 0,2: how far from "khoảng 4%" a rate may be and still be Đạt, in điểm %. */
function approxPoints(flags: Flags): number {
  return number(flags, "--approx-points", 0, MAX_APPROX_POINTS) ?? DEFAULT_SETTINGS.approxTolerancePoints;
}

/** --period 3m | 6m | 9m | year | term (also q1–q4, nam, 9_thang, nhiem-ky). */
function period(flags: Flags): Period | null {
  const raw = flags.values.get("--period");
  if (raw === undefined) return null;
  const p = parsePeriod(raw);
  if (p !== null) return p;
  throw new UsageError(
    `--period chỉ nhận 3m, 6m, 9m, year hoặc term, không phải "${raw}".`,
    `--period takes 3m, 6m, 9m, year or term, not "${raw}".`,
  );
}

export function parseArgs(argv: string[]): Command {
  const flags = splitFlags(argv);
  const language = lang(flags);
  if (flags.switches.has("--version") || flags.switches.has("-v")) return { kind: "version" };
  const [verb, ...rest] = flags.positional;
  if (verb === undefined || flags.switches.has("--help") || flags.switches.has("-h") || verb === "help") {
    return { kind: "help", lang: language };
  }
  switch (verb) {
    case "check": {
      const file = rest[0];
      if (file === undefined)
        throw new UsageError("Thiếu tên tệp: chitieu check TỆP.", "Missing a file: chitieu check FILE.");
      return {
        kind: "check",
        file,
        json: flags.switches.has("--json"),
        lang: language,
        // A workbook from an English office writes "6,794.12"; --locale en implies that unless told.
        convention: convention(flags, language),
        band: number(flags, "--band", 0, 100),
        tolerance: number(flags, "--tolerance", 0, 100) ?? 0,
        approxPoints: approxPoints(flags),
        period: period(flags),
      };
    }
    case "templates":
      return { kind: "templates", lang: language, json: flags.switches.has("--json") };
    case "template": {
      const id = rest[0];
      const out = flags.values.get("--out");
      if (id === undefined)
        throw new UsageError(
          "Thiếu tên mẫu: chitieu template TÊN --out TỆP.xlsx.",
          "Missing a template name: chitieu template NAME --out FILE.xlsx.",
        );
      if (out === undefined) throw new UsageError("Thiếu --out TỆP.xlsx.", "Missing --out FILE.xlsx.");
      if (!/\.xlsx$/i.test(out))
        throw new UsageError("Tệp ra phải có đuôi .xlsx.", "The output file must end in .xlsx.");
      const year = number(flags, "--year", 1900, 2200);
      const rows = number(flags, "--rows", 1, 1000);
      return {
        kind: "template",
        lang: language,
        id,
        out,
        year: year === null ? null : Math.trunc(year),
        unitName: flags.values.get("--unit") ?? null,
        rows: rows === null ? null : Math.trunc(rows),
        force: flags.switches.has("--force"),
      };
    }
    case "rollover": {
      const file = rest[0];
      const out = flags.values.get("--out");
      if (file === undefined || out === undefined)
        throw new UsageError(
          "Cần tệp và --out: chitieu rollover TỆP --out KỲ-SAU.xlsx.",
          "A file and --out are needed: chitieu rollover FILE --out NEXT.xlsx.",
        );
      if (!/\.xlsx$/i.test(out))
        throw new UsageError("Tệp ra phải có đuôi .xlsx.", "The output file must end in .xlsx.");
      return {
        kind: "rollover",
        lang: language,
        file,
        out,
        convention: convention(flags, language),
        term: flags.values.get("--term") ?? null,
        termSheet: flags.values.get("--term-sheet") ?? null,
        force: flags.switches.has("--force"),
      };
    }
    case "merge":
      return parseMerge(flags, rest, language);
    case "report":
      return parseReport(flags, rest, language);
    default:
      throw new UsageError(
        `Không biết lệnh "${verb}". Xem chitieu --help.`,
        `Unknown command "${verb}". See chitieu --help.`,
      );
  }
}

/** `chitieu merge A.xlsx B.xlsx … --out tong-hop.xlsx` */
function parseMerge(flags: Flags, files: string[], language: Lang): Command {
  const out = flags.values.get("--out");
  if (files.length < 2)
    throw new UsageError(
      "Cần ít nhất hai tệp: chitieu merge A.xlsx B.xlsx … --out TỆP.xlsx.",
      "At least two files are needed: chitieu merge A.xlsx B.xlsx … --out FILE.xlsx.",
    );
  if (out === undefined) throw new UsageError("Thiếu --out TỆP.xlsx.", "Missing --out FILE.xlsx.");
  if (!/\.xlsx$/i.test(out))
    throw new UsageError("Tệp ra phải có đuôi .xlsx.", "The output file must end in .xlsx.");
  return {
    kind: "merge",
    lang: language,
    files,
    out,
    convention: convention(flags, language),
    band: number(flags, "--band", 0, 100),
    tolerance: number(flags, "--tolerance", 0, 100) ?? 0,
    approxPoints: approxPoints(flags),
    force: flags.switches.has("--force"),
  };
}

/** `chitieu report FILE --format md|docx|txt|csv [--out F]` */
function parseReport(flags: Flags, rest: string[], language: Lang): Command {
  const file = rest[0];
  if (file === undefined)
    throw new UsageError(
      "Thiếu tên tệp: chitieu report TỆP --format md|docx|txt|csv.",
      "Missing a file: chitieu report FILE --format md|docx|txt|csv.",
    );
  const raw = flags.values.get("--format") ?? "txt";
  const format = EXPORT_FORMATS.find((f) => f === raw.toLowerCase());
  if (format === undefined)
    throw new UsageError(
      `--format chỉ nhận ${EXPORT_FORMATS.join(", ")}, không phải "${raw}".`,
      `--format takes ${EXPORT_FORMATS.join(", ")}, not "${raw}".`,
    );
  return {
    kind: "report",
    lang: language,
    file,
    format,
    out: flags.values.get("--out") ?? null,
    convention: convention(flags, language),
    band: number(flags, "--band", 0, 100),
    tolerance: number(flags, "--tolerance", 0, 100) ?? 0,
    approxPoints: approxPoints(flags),
    period: period(flags),
    fields: {
      unit: flags.values.get("--unit") ?? null,
      number: flags.values.get("--number") ?? null,
      signer: flags.values.get("--signer") ?? null,
      position: flags.values.get("--position") ?? null,
      place: flags.values.get("--place") ?? null,
      date: dateFlag(flags),
    },
    force: flags.switches.has("--force"),
  };
}

/** --date 2026-12-04 (ISO, so no day/month order to guess). */
function dateFlag(flags: Flags): DocxFields["date"] {
  const raw = flags.values.get("--date");
  if (raw === undefined) return null;
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u.exec(raw.trim());
  const [year, month, day] = m === null ? [] : [Number(m[1]), Number(m[2]), Number(m[3])];
  const valid =
    year !== undefined &&
    month !== undefined &&
    day !== undefined &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!valid)
    throw new UsageError(
      `--date cần dạng NĂM-THÁNG-NGÀY, ví dụ 2026-12-04, không phải "${raw}".`,
      `--date takes YEAR-MONTH-DAY, e.g. 2026-12-04, not "${raw}".`,
    );
  return { year, month, day };
}
