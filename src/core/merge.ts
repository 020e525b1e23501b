/**
 * Consolidation: the tables of many units (14 ward Party committees, districts of a province) →
 * one table, an indicator per row and a column per unit, with totals where adding makes sense.
 * The merged table is an ordinary canonical table (readTable + checkTable + computePlan read it),
 * so it is computed and judged like any other.
 */
import type {
  Block,
  CellValue,
  Direction,
  GroupSummary,
  IndicatorKind,
  IndicatorRow,
  IndicatorTable,
  Lang,
  Period,
  Settings,
  SheetPlan,
  StyledRange,
  Summary,
  TableCheck,
  TableRead,
  Target,
  Text,
  Verdict,
  YesNo,
} from "./model";
import { KIND_WORDS } from "./model";
import { rangeA1 } from "./a1";
import { computeRow, isJudged, isReached, isYesNoRow, printedDecimals } from "./compute";
import { matchHeader } from "./headers";
import { formatNumber, splitUnitScale } from "./numbers";
import { computedNumberFormats, type NotCombinedContext } from "./formulas";
import { computePlan, mergePlanIntoSheet } from "./plan";
import { INPUT_WIDTHS, OTHER_WIDTH, sheetColumnWidths } from "./widths";
import { checkTable } from "./rules";
import { isCountUnit, isPercentUnit, isPointsUnit } from "./rules/text";
import { readTable } from "./table";
import { displayName } from "./display-name";
import { literalContent } from "./literal";
import {
  commonUnit,
  conversionNote,
  conversionText,
  convertFigure,
  convertTarget,
  unitMeasure,
  type Conversion,
} from "./merge-scale";

export { CONVERTED_LABEL } from "./merge-scale";

export interface MergeUnit {
  unitName: string;
  read: TableRead;
}

export interface MergeOptions {
  /**
   * Rates combined as a weighted mean where a weight indicator exists in the same units:
   * "Tỷ lệ hộ nghèo" weighted by "Tổng số hộ". Names are matched like indicators.
   */
  weights?: readonly { indicator: string; weight: string }[];
  /** Title of the merged sheet; default from the first unit's title. */
  title?: string;
}

/**
 * How the total of a row is made. "mean": a rate, growth or average with no base to weight it by,
 * shown as the plain mean of the units' figures (a live AVERAGE) and said so in the note, so the
 * row is judged like any other instead of reading as "chưa có số liệu" when every unit has its figure.
 */
export type Aggregation = "sum" | "weighted" | "mean" | "all_yes" | "none";

/** One unit's figures for one indicator. */
export interface UnitFigure {
  actual: number | null;
  actualYesNo: YesNo | null;
  target: Target | null;
  /** The Kế hoạch cell as the unit typed it. */
  planRaw: CellValue;
  prior: number | null;
  estimate: boolean;
  verdict: Verdict;
  /**
   * The unit as this unit wrote it, when its figures were converted to the merged row's unit
   * (triệu đồng → tỷ đồng); null when they are in it already. Figures above are converted.
   */
  convertedFrom: string | null;
}

export interface MergedIndicator {
  /** Folded name + unit: the key indicators are matched by. */
  key: string;
  name: string;
  unit: string;
  kind: IndicatorKind;
  direction: Direction;
  /** One entry per unit (same order as MergeResult.unitNames); null where the unit lacks it. */
  units: (UnitFigure | null)[];
  aggregation: Aggregation;
  /** Combined Thực hiện (sum, weighted or plain mean), null when it is not combined or there are no figures. */
  actual: number | null;
  actualYesNo: YesNo | null;
  /** Combined Kế hoạch cell content: a sum, a shared target, or null. */
  plan: CellValue;
  prior: number | null;
  estimate: boolean;
  /** For weighted rows: the key of the weight indicator. */
  weightKey: string | null;
  /**
   * Why the units' figures could not be made one row: the actual (a unit of measure the merge does
   * not know to add) or the plan (plans that differ). Null when the row is combined, or when no
   * unit gave a figure (that is "chưa có số liệu"). Counted apart in the merged summary.
   */
  notCombined: Text | null;
  /** Units whose own row is Vượt or Đạt, of those that could be judged. */
  unitsReached: number;
  unitsJudged: number;
  note: Text;
}

export interface MergedGroup {
  stt: string;
  name: string;
  indicators: MergedIndicator[];
}

export type MergeIssueCode =
  | "missing_in_units"
  | "unit_mismatch"
  | "kind_mismatch"
  | "direction_mismatch"
  | "plan_not_combined"
  | "duplicate_in_unit";

export interface MergeIssue {
  code: MergeIssueCode;
  /** The indicator's name as the first unit wrote it. */
  name: string;
  /** Units concerned. */
  units: string[];
  message: Text;
}

/** A row whose units wrote its unit with different scale words, converted to one. */
export interface MergeConversion {
  /** The indicator's name as the first unit wrote it. */
  name: string;
  /** The merged row's unit. */
  unit: string;
  conversions: Conversion[];
  /** "Thu ngân sách": Xã B: triệu đồng → tỷ đồng. */
  message: Text;
}

export interface MergeResult {
  unitNames: string[];
  title: string;
  period: Period;
  year: number | null;
  groups: MergedGroup[];
  issues: MergeIssue[];
  /** Rows whose figures were converted between scales (not a mismatch: they are combined). */
  conversions: MergeConversion[];
}

// ---------------------------------------------------------------------------------------------
// Matching

/** Case, diacritics, dashes, punctuation and spacing out: "Công nghiệp – Xây dựng" = "cong nghiep xay dung". */
export function nameKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐðÐ]/g, "d")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%/]+/gu, " ")
    .trim();
}

const indicatorKey = (name: string, unit: string): string => `${nameKey(name)}|${nameKey(unit)}`;

/** What units are matched by: the name and the unit without its scale words (triệu đồng = tỷ đồng). */
const matchKey = (name: string, unit: string): string => `${nameKey(name)}|${unitMeasure(unit, nameKey).key}`;

/**
 * Units whose figures add up across units (folded, without their scale words: "tỷ đồng",
 * "nghìn tấn" and "triệu kWh" are đồng, tấn and kWh); counts come from rules/text.isCountUnit.
 */
const ADDITIVE_MEASURES = [
  "dong",
  "usd",
  "tan",
  "ta",
  "kg",
  "ha",
  "km",
  "m",
  "m2",
  "m3",
  "kwh",
  "luot khach",
  "cong trinh",
];

/**
 * Names of averages and ratios, whatever their unit says ("GRDP bình quân đầu người", đồng; "Bác sĩ
 * trên một vạn dân", bác sĩ: a figure per 10 000 people is not added across wards).
 */
const NOT_ADDITIVE_NAME =
  /\b(binh quan|dau nguoi|trung binh|ty le|ti le|toc do|chi so|co cau|ty trong|van dan|nghin dan|ngan dan|per capita|average|rate|ratio|share)\b/;

/** `averaged`: a ratio (rate, growth, share, average), whose units' figures can be averaged. */
export type Additivity = { additive: true } | { additive: false; averaged: boolean; why: Text };

/** Whether a row's figures can be added across units, and if not, why (for the note). */
export function additivity(row: Pick<IndicatorRow, "name" | "unit" | "kind">): Additivity {
  // "nghìn người" counts people, "triệu tấn" weighs tấn: the scale words do not change what adds.
  const { base } = splitUnitScale(row.unit);
  const unit = nameKey(base);
  const no = (vi: string, en: string, averaged = true): Additivity => ({
    additive: false,
    averaged,
    why: { vi, en },
  });
  if (row.kind === "rate" || isPercentUnit(row.unit) || isPointsUnit(row.unit)) return no("tỷ lệ", "a rate");
  if (row.kind === "growth") return no("tốc độ tăng trưởng", "a growth rate");
  if (row.kind === "structure") return no("cơ cấu", "a share");
  if (row.kind === "yesno") return no("đạt/không", "yes/no", false);
  if (row.unit.includes("/") || NOT_ADDITIVE_NAME.test(nameKey(row.name)))
    return no("bình quân", "an average");
  if (isCountUnit(base) || ADDITIVE_MEASURES.includes(unit)) return { additive: true };
  return no(
    `đơn vị "${row.unit}" chưa rõ có cộng được không`,
    `unit "${row.unit}" not known to add up`,
    false,
  );
}

// ---------------------------------------------------------------------------------------------
// Merging

interface Seen {
  key: string;
  group: string;
  rows: (IndicatorRow | null)[];
}

/** Scales of the units of measure, by how offices spell them. */
const scaleOf = (unit: string): number => unitMeasure(unit, nameKey).scale;

/** A unit's figures in the merged row's unit; its verdict is its own table's. */
function unitFigure(row: IndicatorRow, settings: Settings, unit: string): UnitFigure {
  const from = scaleOf(row.unit);
  const to = scaleOf(unit);
  return {
    actual: convertFigure(row.actual, from, to),
    actualYesNo: row.actualYesNo,
    target: convertTarget(row.target, from, to),
    planRaw: row.raw.plan ?? null,
    prior: convertFigure(row.prior, from, to),
    estimate: row.estimate,
    verdict: computeRow(row, settings).verdict,
    convertedFrom: from === to ? null : row.unit,
  };
}

const sum = (values: readonly (number | null)[]): number | null => {
  const present = values.filter((v): v is number => v !== null);
  // Sums of decimal figures should not print as 6794.120000000001.
  return present.length === 0 ? null : Number(present.reduce((a, b) => a + b, 0).toPrecision(15));
};

const sameTarget = (a: Target | null, b: Target | null): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The combined Kế hoạch: a sum of plain plans or of same-sided limits, a shared target, or null. */
function combinedPlan(
  figures: UnitFigure[],
  additive: boolean,
  settings: Settings,
): { plan: CellValue; combined: boolean } {
  const targets = figures.map((f) => f.target);
  if (targets.every((t) => t === null)) return { plan: null, combined: true };
  if (targets.some((t) => t === null)) return { plan: null, combined: false };
  const first = targets[0] ?? null;
  if (additive && targets.every((t) => t?.kind === "value")) {
    return { plan: sum(targets.map((t) => (t?.kind === "value" ? t.value : null))), combined: true };
  }
  if (
    additive &&
    first?.kind === "limit" &&
    targets.every((t) => t?.kind === "limit" && t.side === first.side && t.inclusive === first.inclusive)
  ) {
    const bound = sum(targets.map((t) => (t?.kind === "limit" ? t.bound : null))) ?? 0;
    const word =
      first.side === "upper"
        ? first.inclusive
          ? "không quá"
          : "dưới"
        : first.inclusive
          ? "ít nhất"
          : "trên";
    return { plan: `${word} ${formatNumber(bound, settings.convention, 6)}`, combined: true };
  }
  // A value plan shared by every unit is only the combined plan when the figures are not added.
  // The cell as typed by a unit already in the merged row's unit: a converted unit's text is not.
  if (targets.every((t) => sameTarget(t, first)) && (!additive || first?.kind !== "value")) {
    const typed = figures.find((f) => f.convertedFrom === null) ?? figures[0];
    return { plan: typed?.planRaw ?? null, combined: true };
  }
  return { plan: null, combined: false };
}

function plainMean(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  const total = sum(present);
  return total === null ? null : Number((total / present.length).toPrecision(15));
}

function mean(values: readonly (number | null)[], weights: readonly (number | null)[]): number | null {
  let num = 0;
  let den = 0;
  values.forEach((v, i) => {
    const w = weights[i];
    if (v !== null && w !== null && w !== undefined) {
      num += v * w;
      den += w;
    }
  });
  return den === 0 ? null : Number((num / den).toPrecision(15));
}

export function mergeUnits(
  units: readonly MergeUnit[],
  settings: Settings,
  options: MergeOptions = {},
): MergeResult {
  const unitNames = uniqueUnitNames(units.map((u) => u.unitName));
  const issues: MergeIssue[] = [];
  const seen = new Map<string, Seen>();
  const groupOrder: { key: string; stt: string; name: string }[] = [];
  const order: string[] = [];
  const byName = new Map<
    string,
    { units: Set<number>; byUnitOfMeasure: Map<string, string[]>; measures: Set<string> }
  >();

  units.forEach((unit, u) => {
    for (const group of unit.read.table.groups) {
      const gKey = nameKey(group.name);
      if (!groupOrder.some((g) => g.key === gKey))
        groupOrder.push({ key: gKey, stt: group.stt, name: group.name });
      for (const read of group.rows) {
        if (read.name.trim() === "") continue;
        // A lettered part is matched and written by its full name ("Giá trị sản xuất nông nghiệp"):
        // the merged sheet has no parent line, and "Nông nghiệp" under two parents are two rows.
        const row =
          read.parent === undefined ? read : { ...read, name: displayName(read), parent: undefined };
        const key = matchKey(row.name, row.unit);
        let entry = seen.get(key);
        if (entry === undefined) {
          entry = { key, group: gKey, rows: units.map(() => null) };
          seen.set(key, entry);
          order.push(key);
        }
        if (entry.rows[u] !== null) {
          issues.push({
            code: "duplicate_in_unit",
            name: row.name,
            units: [unitNames[u] ?? ""],
            message: {
              vi: `"${row.name}" có hai lần trong bảng của ${unitNames[u]}; chỉ lấy dòng đầu.`,
              en: `"${row.name}" appears twice in the table of ${unitNames[u]}; only the first row is used.`,
            },
          });
          continue;
        }
        entry.rows[u] = row;
        const n = nameKey(row.name);
        const byUnit = byName.get(n) ?? {
          units: new Set<number>(),
          byUnitOfMeasure: new Map<string, string[]>(),
          measures: new Set<string>(),
        };
        byUnit.units.add(u);
        byUnit.measures.add(unitMeasure(row.unit, nameKey).key);
        // Keyed by the folded unit, shown as the first unit wrote it.
        const uKey = nameKey(row.unit);
        const spelled = [...byUnit.byUnitOfMeasure.keys()].find((k) => nameKey(k) === uKey) ?? row.unit;
        const list = byUnit.byUnitOfMeasure.get(spelled) ?? [];
        list.push(unitNames[u] ?? "");
        byUnit.byUnitOfMeasure.set(spelled, list);
        byName.set(n, byUnit);
      }
    }
  });

  // Same name, different units (not only their scale words): reported once per name; the rows stay apart.
  const unitMismatch = new Set<string>();
  for (const [n, info] of byName) {
    if (info.measures.size < 2) continue;
    unitMismatch.add(n);
    const parts = [...info.byUnitOfMeasure].map(
      ([unit, names]) => `${unit || "(trống)"}: ${names.join(", ")}`,
    );
    const partsEn = [...info.byUnitOfMeasure].map(
      ([unit, names]) => `${unit || "(empty)"}: ${names.join(", ")}`,
    );
    const first = order.map((k) => seen.get(k)).find((s) => s && nameKey(firstRow(s)?.name ?? "") === n);
    const name = first ? (firstRow(first)?.name ?? n) : n;
    issues.push({
      code: "unit_mismatch",
      name,
      units: [...info.byUnitOfMeasure.values()].flat(),
      message: {
        vi: `"${name}" có đơn vị khác nhau giữa các đơn vị (${parts.join("; ")}); để thành các dòng riêng, không cộng.`,
        en: `"${name}" has different units across units (${partsEn.join("; ")}); kept as separate rows, not added.`,
      },
    });
  }

  const merged = new Map<string, MergedIndicator>();
  const conversions: MergeConversion[] = [];
  for (const key of order) {
    const entry = seen.get(key);
    if (entry) merged.set(key, mergeOne(entry, unitNames, settings, issues, unitMismatch, conversions));
  }
  applyWeights(merged, options);

  const groups: MergedGroup[] = groupOrder
    .map((g) => ({
      stt: g.stt,
      name: g.name,
      indicators: order.filter((k) => seen.get(k)?.group === g.key).flatMap((k) => merged.get(k) ?? []),
    }))
    .filter((g) => g.indicators.length > 0);
  const first: IndicatorTable | undefined = units[0]?.read.table;
  return {
    unitNames,
    title: options.title ?? (first?.title || "TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU"),
    period: first?.period ?? "nam",
    year: first?.year ?? null,
    groups,
    issues,
    conversions,
  };
}

function firstRow(s: Seen): IndicatorRow | null {
  return s.rows.find((r): r is IndicatorRow => r !== null) ?? null;
}

/** Unit names as column headers: never empty, never a header the reader would take for a column, never twice. */
function uniqueUnitNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((raw, i) => {
    let name = raw.trim() || `Đơn vị ${i + 1}`;
    if (matchHeader(name) !== null) name = `ĐV ${name}`;
    let candidate = name;
    for (let n = 2; used.has(nameKey(candidate)); n++) candidate = `${name} (${n})`;
    used.add(nameKey(candidate));
    return candidate;
  });
}

function mergeOne(
  entry: Seen,
  unitNames: readonly string[],
  settings: Settings,
  issues: MergeIssue[],
  unitMismatch: ReadonlySet<string>,
  conversions: MergeConversion[],
): MergedIndicator {
  const rows = entry.rows;
  const present = rows.flatMap((r, i) => (r === null ? [] : [{ row: r, i }]));
  const unit = commonUnit(
    rows.map((r) => r?.unit ?? null),
    nameKey,
  );
  // The first unit's name, kind and direction; the unit most units wrote.
  const head: IndicatorRow = { ...(present[0]?.row as IndicatorRow), unit };
  const figures = rows.map((r) => (r === null ? null : unitFigure(r, settings, unit)));
  const have = figures.filter((f): f is UnitFigure => f !== null);
  const notes: Text[] = [];
  const converted = convertedUnits(figures, unit, unitNames);
  if (converted.length > 0) {
    notes.push(conversionNote(converted));
    const text = conversionText(converted);
    conversions.push({
      name: head.name,
      unit,
      conversions: converted,
      // Names and units as the units wrote them; CONVERTED_LABEL says it in the language.
      message: { vi: `"${head.name}" — ${text}`, en: `"${head.name}" — ${text}` },
    });
  }
  const issue = (code: MergeIssueCode, units: string[], message: Text): void => {
    issues.push({ code, name: head.name, units, message });
  };

  const missing = rows.flatMap((r, i) => (r === null ? [unitNames[i] ?? ""] : []));
  if (missing.length > 0 && !unitMismatch.has(nameKey(head.name))) {
    issue("missing_in_units", missing, {
      vi: `"${head.name}" (${head.unit}) không có trong bảng của: ${missing.join(", ")}.`,
      en: `"${head.name}" (${head.unit}) is missing from the tables of: ${missing.join(", ")}.`,
    });
    notes.push({ vi: `thiếu ở ${missing.join(", ")}`, en: `missing in ${missing.join(", ")}` });
  }
  const kinds = new Set(present.map((p) => p.row.kind));
  if (kinds.size > 1) {
    issue(
      "kind_mismatch",
      present.map((p) => unitNames[p.i] ?? ""),
      {
        vi: `"${head.name}": các đơn vị ghi loại chỉ tiêu khác nhau; dùng loại của ${unitNames[present[0]?.i ?? 0]}.`,
        en: `"${head.name}": units give different kinds; using the kind of ${unitNames[present[0]?.i ?? 0]}.`,
      },
    );
  }
  const directions = new Set(present.map((p) => p.row.direction));
  if (directions.size > 1) {
    issue(
      "direction_mismatch",
      present.map((p) => unitNames[p.i] ?? ""),
      {
        vi: `"${head.name}": các đơn vị ghi chiều đánh giá khác nhau; dùng chiều của ${unitNames[present[0]?.i ?? 0]}.`,
        en: `"${head.name}": units give different directions; using the direction of ${unitNames[present[0]?.i ?? 0]}.`,
      },
    );
  }

  const judged = have.filter((f) => isJudged(f.verdict));
  const reached = judged.filter((f) => isReached(f.verdict)).length;
  const add = additivity(head);
  let aggregation: Aggregation = "none";
  let actual: number | null = null;
  let actualYesNo: YesNo | null = null;
  let prior: number | null = null;

  if (isYesNoRow(head)) {
    aggregation = "all_yes";
    const words = have.map((f) => f.actualYesNo);
    if (words.length > 0 && words.every((w) => w !== null))
      actualYesNo = words.every((w) => w === "yes") ? "yes" : "no";
    notes.push({ vi: "đạt khi mọi đơn vị đạt", en: "reached when every unit is" });
  } else if (add.additive) {
    aggregation = "sum";
    actual = sum(have.map((f) => f.actual));
    // A prior year summed over fewer units than the actual would make growth up.
    prior = have.every((f) => f.prior !== null) ? sum(have.map((f) => f.prior)) : null;
    const noActual = present.filter((p) => p.row.actual === null).map((p) => unitNames[p.i] ?? "");
    if (noActual.length > 0 && actual !== null) {
      notes.push({
        vi: `tổng chưa gồm ${noActual.join(", ")} (chưa có số liệu)`,
        en: `total leaves out ${noActual.join(", ")} (no data)`,
      });
    }
  } else if (add.averaged) {
    // No base to weight by (MergeOptions.weights replaces this): the plain mean, named as such.
    aggregation = "mean";
    actual = plainMean(have.map((f) => f.actual));
    prior = have.every((f) => f.prior !== null) ? plainMean(have.map((f) => f.prior)) : null;
    const count = have.filter((f) => f.actual !== null).length;
    notes.push({
      vi: `bình quân cộng của ${count} đơn vị (${add.why.vi}, không cộng; chưa có số gốc để tính bình quân gia quyền); ${reached}/${judged.length} đơn vị đạt và vượt`,
      en: `simple mean of ${count} units (${add.why.en}, not added; no base to weight it by); ${reached} of ${judged.length} units reached`,
    });
    const noActual = present.filter((p) => p.row.actual === null).map((p) => unitNames[p.i] ?? "");
    if (noActual.length > 0 && actual !== null) {
      notes.push({
        vi: `chưa gồm ${noActual.join(", ")} (chưa có số liệu)`,
        en: `leaves out ${noActual.join(", ")} (no data)`,
      });
    }
  } else {
    notes.push({
      vi: `không cộng (${add.why.vi}); ${reached}/${judged.length} đơn vị đạt và vượt`,
      en: `not added (${add.why.en}); ${reached} of ${judged.length} units reached`,
    });
  }

  const { plan, combined } = combinedPlan(have, add.additive, settings);
  if (!combined) {
    notes.push({ vi: "kế hoạch các đơn vị khác nhau, không gộp", en: "units' plans differ, not combined" });
    issue(
      "plan_not_combined",
      present.map((p) => unitNames[p.i] ?? ""),
      {
        vi: `"${head.name}": kế hoạch của các đơn vị không gộp được thành một; để trống Kế hoạch ở bảng tổng hợp.`,
        en: `"${head.name}": the units' plans cannot be combined into one; Kế hoạch is left empty in the merged table.`,
      },
    );
  }

  // Figures every unit gave that the merged row cannot carry: never "chưa có số liệu", which says
  // the actual is missing. A row some unit left empty is still missing part of its actual.
  const allFigures = have.length > 0 && have.every((f) => f.actual !== null || f.actualYesNo !== null);
  const notCombined: Text | null = !allFigures
    ? null
    : actual === null && actualYesNo === null
      ? "why" in add
        ? add.why
        : { vi: "không cộng được", en: "cannot be added" }
      : !combined
        ? { vi: "kế hoạch các đơn vị khác nhau", en: "the units' plans differ" }
        : null;

  return {
    key: indicatorKey(head.name, unit),
    name: head.name,
    unit: head.unit,
    kind: head.kind,
    direction: head.direction,
    units: figures,
    aggregation,
    actual,
    actualYesNo,
    plan,
    prior,
    estimate: have.some((f) => f.estimate),
    weightKey: null,
    notCombined,
    unitsReached: reached,
    unitsJudged: judged.length,
    // A conversion note starts with the unit's name ("xa-my-thanh: triệu đồng → tỷ đồng"), kept as written.
    note: joinNotes(notes, converted.length === 0),
  };
}

/** The units whose figures were converted, grouped by the unit they wrote. */
function convertedUnits(
  figures: readonly (UnitFigure | null)[],
  unit: string,
  unitNames: readonly string[],
): Conversion[] {
  const byFrom = new Map<string, Conversion>();
  figures.forEach((f, i) => {
    if (f === null || f.convertedFrom === null) return;
    const k = nameKey(f.convertedFrom);
    const c = byFrom.get(k) ?? { from: f.convertedFrom, to: unit, units: [] };
    c.units.push(unitNames[i] ?? "");
    byFrom.set(k, c);
  });
  return [...byFrom.values()];
}

/** The notes as one sentence; `capitalize` false when it starts with a unit's name as written. */
function joinNotes(notes: readonly Text[], capitalize = true): Text {
  const vi = notes.map((n) => n.vi).join("; ");
  const en = notes.map((n) => n.en).join("; ");
  if (!capitalize) return { vi, en };
  return {
    vi: vi.charAt(0).toLocaleUpperCase("vi") + vi.slice(1),
    en: en.charAt(0).toUpperCase() + en.slice(1),
  };
}

/** Rates with a weight indicator become weighted means, and their note says so. */
function applyWeights(merged: Map<string, MergedIndicator>, options: MergeOptions): void {
  for (const w of options.weights ?? []) {
    const target = [...merged.values()].find((m) => nameKey(m.name) === nameKey(w.indicator));
    const weight = [...merged.values()].find((m) => nameKey(m.name) === nameKey(w.weight));
    if (!target || !weight || target.aggregation !== "mean" || weight.aggregation !== "sum") continue;
    const weights = weight.units.map((f) => f?.actual ?? null);
    const priorWeights = weight.units.map((f) => f?.prior ?? null);
    target.aggregation = "weighted";
    target.weightKey = weight.key;
    target.actual = mean(
      target.units.map((f) => f?.actual ?? null),
      weights,
    );
    target.prior = mean(
      target.units.map((f) => f?.prior ?? null),
      priorWeights,
    );
    const judged = target.unitsJudged;
    target.note = {
      vi: `Bình quân gia quyền theo "${weight.name}"; ${target.unitsReached}/${judged} đơn vị đạt và vượt`,
      en: `Weighted mean by "${weight.name}"; ${target.unitsReached} of ${judged} units reached`,
    };
  }
}

// ---------------------------------------------------------------------------------------------
// The merged table as a sheet

/** Column positions of the merged sheet. */
const COL = {
  stt: 0,
  name: 1,
  unit: 2,
  kind: 3,
  direction: 4,
  plan: 5,
  actual: 6,
  prior: 7,
  firstUnit: 8,
} as const;
const TITLE_ROW = 0;
const UNIT_ROW = 1;
const PERIOD_ROW = 2;
const HEADER_ROW = 4;

/** A formula's value, cached in the file so readers that do not calculate (ExcelJS, the CLI) see it. */
export interface CachedValue {
  row: number;
  col: number;
  value: number;
}

export interface MergeSheet {
  plan: SheetPlan;
  /** The merged table with values instead of formulas, as readTable sees it. */
  grid: CellValue[][];
  cached: CachedValue[];
}

const PERIOD_LINES: Record<Period, (year: number | null) => string> = {
  "3_thang": (y) => `Quý I${y === null ? "" : ` năm ${y}`}`,
  "6_thang": (y) => `6 tháng đầu năm${y === null ? "" : ` ${y}`}`,
  "9_thang": (y) => `9 tháng đầu năm${y === null ? "" : ` ${y}`}`,
  nam: (y) => (y === null ? "Năm" : `Năm ${y}`),
  nhiem_ky: () => "Nhiệm kỳ",
};

function yesNoWord(v: YesNo | null): CellValue {
  return v === null ? null : v === "yes" ? "Hoàn thành" : "Chưa hoàn thành";
}

/** One grid with the merged table; `formulas` puts SUM/SUMPRODUCT where the value is a total. */
function mergeGrid(
  result: MergeResult,
  lang: Lang,
): {
  values: CellValue[][];
  formulas: CellValue[][];
  cached: CachedValue[];
  notCombined: Map<number, NotCombinedContext>;
} {
  const n = result.unitNames.length;
  const noteCol = COL.firstUnit + n;
  const width = noteCol + 1;
  const blank = (): CellValue[] => Array.from({ length: width }, () => null);
  const values: CellValue[][] = [];
  const title = blank();
  title[0] = result.title;
  values[TITLE_ROW] = title;
  const unitLine = blank();
  unitLine[0] = `Đơn vị: Tổng hợp ${n} đơn vị`;
  values[UNIT_ROW] = unitLine;
  const period = blank();
  period[0] = PERIOD_LINES[result.period](result.year);
  values[PERIOD_ROW] = period;
  values[3] = blank();
  const anyEstimate = result.groups.some((g) => g.indicators.some((m) => m.estimate));
  const header = blank();
  header[COL.stt] = "STT";
  header[COL.name] = "Chỉ tiêu";
  header[COL.unit] = "Đơn vị tính";
  header[COL.kind] = "Loại";
  header[COL.direction] = "Chiều";
  header[COL.plan] = "Kế hoạch";
  header[COL.actual] = anyEstimate ? "Ước thực hiện" : "Thực hiện";
  header[COL.prior] = "Cùng kỳ";
  result.unitNames.forEach((u, i) => (header[COL.firstUnit + i] = u));
  header[noteCol] = "Ghi chú";
  values[HEADER_ROW] = header;

  // The formulas grid is what is written: every text in it came from a unit's file (or is a
  // fixed word), so it goes out as text; the only formulas are the ones added below.
  const formulas = values.map((r) => r.map(literalContent));
  const cached: CachedValue[] = [];
  const rowOf = new Map<string, number>();
  let r = HEADER_ROW + 1;
  for (const group of result.groups) {
    if (group.name.trim() !== "") {
      const heading = blank();
      heading[COL.stt] = group.stt || null;
      heading[COL.name] = group.name;
      values[r] = heading;
      formulas[r] = heading.map(literalContent);
      r++;
    }
    group.indicators.forEach((m, i) => {
      rowOf.set(m.key, r);
      const line = blank();
      line[COL.stt] = i + 1;
      line[COL.name] = m.name;
      line[COL.unit] = m.unit;
      line[COL.kind] = KIND_WORDS[m.kind];
      line[COL.direction] = m.direction === "down" ? "Giảm" : "Tăng";
      line[COL.plan] = m.plan;
      line[COL.actual] = m.aggregation === "all_yes" ? yesNoWord(m.actualYesNo) : m.actual;
      line[COL.prior] = m.prior;
      m.units.forEach((f, u) => {
        line[COL.firstUnit + u] = f === null ? null : isYesNoKind(m) ? yesNoWord(f.actualYesNo) : f.actual;
      });
      line[noteCol] = m.note[lang] || null;
      values[r] = line;
      formulas[r] = line.map(literalContent);
      r++;
    });
  }
  // Formulas second: a weighted row refers to its weight's row, wherever that is.
  const unitRange = (row: number): string => rangeA1(row, COL.firstUnit, row, COL.firstUnit + n - 1);
  // A row not combined stays so while every unit that has it still gives its figure there (a
  // word on a yes/no row, COUNTA; a number otherwise): a unit's figure cleared makes it "chưa có
  // số liệu", as merging without that figure does.
  const notCombined = new Map<number, NotCombinedContext>();
  for (const group of result.groups) {
    for (const m of group.indicators) {
      const row = rowOf.get(m.key);
      if (row === undefined || m.notCombined === null || n === 0) continue;
      const given = m.units.filter((f) => f !== null).length;
      const count = isYesNoKind(m) ? "COUNTA" : "COUNT";
      notCombined.set(row, { unitsGave: `${count}(${unitRange(row)})>=${given}` });
    }
  }
  for (const group of result.groups) {
    for (const m of group.indicators) {
      const row = rowOf.get(m.key);
      if (row === undefined || m.actual === null || n === 0) continue;
      const line = formulas[row] as CellValue[];
      if (m.aggregation === "sum") {
        line[COL.actual] = `=SUM(${unitRange(row)})`;
        cached.push({ row, col: COL.actual, value: m.actual });
      } else if (m.aggregation === "mean") {
        // Blank units are left out of the mean, as they are of the note's count.
        line[COL.actual] = `=AVERAGE(${unitRange(row)})`;
        cached.push({ row, col: COL.actual, value: m.actual });
      } else if (m.aggregation === "weighted" && m.weightKey !== null) {
        const wRow = rowOf.get(m.weightKey);
        if (wRow === undefined) continue;
        const a = unitRange(row);
        const w = unitRange(wRow);
        // Units without a rate do not count in the denominator.
        line[COL.actual] = `=SUMPRODUCT(${a},${w})/SUMPRODUCT(--ISNUMBER(${a}),${w})`;
        cached.push({ row, col: COL.actual, value: m.actual });
      }
    }
  }
  return { values, formulas, cached, notCombined };
}

function isYesNoKind(m: MergedIndicator): boolean {
  return m.aggregation === "all_yes";
}

export function buildMergeSheet(result: MergeResult, settings: Settings, lang: Lang = "vi"): MergeSheet {
  const { values, formulas, cached, notCombined } = mergeGrid(result, lang);
  const read = readTable(values, { convention: settings.convention });
  const plan = computePlan(read, settings, { notCombined });
  const n = result.unitNames.length;
  const noteCol = COL.firstUnit + n;
  const right = Math.max(noteCol, ...Object.values(plan.columns));
  const widths = sheetColumnWidths(
    [
      INPUT_WIDTHS.stt,
      INPUT_WIDTHS.name,
      INPUT_WIDTHS.unit,
      INPUT_WIDTHS.kind,
      INPUT_WIDTHS.direction,
      INPUT_WIDTHS.plan,
      INPUT_WIDTHS.actual,
      INPUT_WIDTHS.prior,
      ...result.unitNames.map(() => OTHER_WIDTH),
      INPUT_WIDTHS.note,
    ],
    plan,
    right,
  );

  const styles: StyledRange[] = [
    { address: rangeA1(TITLE_ROW, 0, TITLE_ROW, right), style: "title" },
    { address: rangeA1(UNIT_ROW, 0, UNIT_ROW, right), style: "subtitle" },
    { address: rangeA1(PERIOD_ROW, 0, PERIOD_ROW, right), style: "subtitle" },
    { address: rangeA1(HEADER_ROW, 0, HEADER_ROW, noteCol), style: "header" },
  ];
  for (const group of read.table.groups) {
    if (group.sheetRow !== null)
      styles.push({ address: rangeA1(group.sheetRow, 0, group.sheetRow, noteCol), style: "group" });
    const first = group.rows[0];
    const last = group.rows[group.rows.length - 1];
    if (first && last)
      styles.push({ address: rangeA1(first.sheetRow, 0, last.sheetRow, noteCol), style: "input" });
  }
  // Rates show as percentages, as the units typed them: the fraction under a percent format, which
  // the reader and the live formulas (formulas.ts, percentAware) read ×100 back to the points.
  const indicators = read.table.groups.flatMap((g) => g.rows);
  const indicatorRows = new Set(indicators.map((row) => row.sheetRow));
  const percentRows = new Set(indicators.filter((row) => isPercentUnit(row.unit)).map((row) => row.sheetRow));
  const percentFormat = computedNumberFormats(settings.decimals).pctPlan;
  const convertedKeys = new Set(
    result.groups.flatMap((g) =>
      g.indicators
        .filter((m) => m.units.some((f) => f !== null && f.convertedFrom !== null))
        .map((m) => m.key),
    ),
  );
  const convertedRows = new Set(
    indicators
      .filter((row) => convertedKeys.has(indicatorKey(row.name, row.unit)))
      .map((row) => row.sheetRow),
  );
  const isFigure = (c: number): boolean =>
    c === COL.plan || c === COL.actual || c === COL.prior || (c >= COL.firstUnit && c < noteCol);
  const fraction = (v: number): number => Number((v / 100).toPrecision(15));
  // "#,##0.##" would leave a dangling mark on whole numbers in Excel ("56,"): pick by the value.
  const numberFormats = formulas.map((row, r) =>
    row.map((_, c) => {
      if (!isFigure(c) || !indicatorRows.has(r)) return null;
      if (percentRows.has(r)) return percentFormat;
      const v = values[r]?.[c];
      if (typeof v !== "number" || Number.isInteger(v)) return "#,##0";
      // A converted figure shows every decimal the shift gave it: 1.234,5 triệu is 1,2345 tỷ, not 1,23.
      return convertedRows.has(r) ? decimalsFormat(printedDecimals(v)) : "#,##0.00";
    }),
  );
  const contents = formulas.map((row, r) =>
    row.map((v, c) => (percentRows.has(r) && isFigure(c) && typeof v === "number" ? fraction(v) : v)),
  );
  const block: Block = { row: 0, col: 0, contents, numberFormats };
  const shownCached = cached.map((c) => (percentRows.has(c.row) ? { ...c, value: fraction(c.value) } : c));
  const base: SheetPlan = {
    name: `Tổng hợp ${n} đơn vị`,
    blocks: [block],
    styles,
    merges: [
      rangeA1(TITLE_ROW, 0, TITLE_ROW, right),
      rangeA1(UNIT_ROW, 0, UNIT_ROW, right),
      rangeA1(PERIOD_ROW, 0, PERIOD_ROW, right),
    ],
    columnWidths: widths,
    freezeRows: HEADER_ROW + 1,
    layout: read.layout,
    conditionalRules: [],
  };
  return { plan: mergePlanIntoSheet(base, plan), grid: values, cached: shownCached };
}

/** Converted figures keep at least two decimals and at most nine (đồng → tỷ đồng). */
const MAX_CONVERTED_DECIMALS = 9;

function decimalsFormat(decimals: number): string {
  return `#,##0.${"0".repeat(Math.min(Math.max(decimals, 2), MAX_CONVERTED_DECIMALS))}`;
}

export function mergeToSheetPlan(result: MergeResult, settings: Settings, lang: Lang = "vi"): SheetPlan {
  return buildMergeSheet(result, settings, lang).plan;
}

/**
 * The merged table computed and judged like any other table; a row whose units gave figures the
 * merge could not combine (TableCheck.notCombined) is counted apart in the summary, not as
 * "chưa có số liệu" nor "không giao kế hoạch".
 */
export function checkMerged(result: MergeResult, settings: Settings, lang: Lang = "vi"): TableCheck {
  const { grid } = buildMergeSheet(result, settings, lang);
  const check = checkTable(readTable(grid, { convention: settings.convention }), settings);
  const why = new Map<string, Text>();
  for (const g of result.groups)
    for (const m of g.indicators) if (m.notCombined !== null) why.set(m.key, m.notCombined);
  if (why.size === 0) return check;
  const notCombined = new Map<number, Text>();
  for (const g of check.read.table.groups)
    for (const row of g.rows) {
      const reason = why.get(indicatorKey(row.name, row.unit));
      const verdict = check.results.get(row.sheetRow)?.verdict;
      // Only a row left unjudged for want of the combined figure: a judged row keeps its verdict.
      if (reason !== undefined && (verdict === "chua_co_so_lieu" || verdict === "khong_giao_ke_hoach"))
        notCombined.set(row.sheetRow, reason);
    }
  return countedApart(check, notCombined);
}

/** `check` with the rows of `notCombined` (sheet row → why) counted apart in its summary. */
export function countedApart(check: TableCheck, notCombined: Map<number, Text>): TableCheck {
  return { ...check, notCombined, summary: summaryApart(check, notCombined) };
}

/** The summary with the rows not combined taken out of "chưa có số liệu" / "không giao kế hoạch". */
function summaryApart(check: TableCheck, notCombined: ReadonlyMap<number, Text>): Summary {
  const groups = check.read.table.groups.map((g, i) => {
    const s = check.summary.groups[i] as GroupSummary;
    const byVerdict = { ...s.byVerdict };
    let n = 0;
    for (const row of g.rows) {
      const v = check.results.get(row.sheetRow)?.verdict;
      if (!notCombined.has(row.sheetRow) || v === undefined) continue;
      byVerdict[v] -= 1;
      n++;
    }
    return {
      ...s,
      byVerdict,
      noData: byVerdict.chua_co_so_lieu,
      noTarget: byVerdict.khong_giao_ke_hoach,
      notCombined: n,
    };
  });
  const byVerdict = { ...check.summary.byVerdict };
  for (const g of groups) {
    const before = check.summary.groups[groups.indexOf(g)] as GroupSummary;
    byVerdict.chua_co_so_lieu -= before.byVerdict.chua_co_so_lieu - g.byVerdict.chua_co_so_lieu;
    byVerdict.khong_giao_ke_hoach -= before.byVerdict.khong_giao_ke_hoach - g.byVerdict.khong_giao_ke_hoach;
  }
  return {
    ...check.summary,
    byVerdict,
    noData: byVerdict.chua_co_so_lieu,
    noTarget: byVerdict.khong_giao_ke_hoach,
    notCombined: notCombined.size,
    groups,
  };
}
