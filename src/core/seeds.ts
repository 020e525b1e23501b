/**
 * The five articles' indicator sets (seeds/*.json) as typed data, and a bridge to IndicatorTable.
 * The JSON is checked once on load, so a typo in a seed fails loudly instead of becoming `any`.
 */
import type {
  Direction,
  IndicatorGroup,
  IndicatorKind,
  IndicatorRow,
  IndicatorTable,
  Period,
  Target,
} from "./model";
import seed000 from "../../seeds/000-ben-tre-2020.json";
import seed001 from "../../seeds/001-ben-tre-9-thang-2020.json";
import seed002 from "../../seeds/002-ben-tre-ke-hoach-2020.json";
import seed003 from "../../seeds/003-can-tho-2020.json";
import seed004 from "../../seeds/004-ben-tre-2021.json";

/** A figure column of a seed row. */
export type SeedFigure = "plan" | "stretch" | "actual" | "prior";

/** Percentages the article printed, in percent (117.33), to compare with what core computes. */
export interface SeedPrinted {
  pctPlan?: number;
  pctPrior?: number;
  changePct?: number;
}

export interface SeedRow {
  name: string;
  unit: string;
  kind: IndicatorKind;
  /**
   * null: the article gives none. Only a structure share may say so: its plan is then a target
   * composition (002's 31,83 · 19,63 · 45,69), judged within điểm % and never Vượt, as core judges a
   * share with no direction (compute.ts, isCompositionShare).
   */
  direction: Direction | null;
  /** A number, or the text an office would type in Kế hoạch ("100%", "giảm 5% so với năm 2019"). */
  plan: number | string | null;
  stretch: number | null;
  actual: number | null;
  prior: number | null;
  printed: SeedPrinted;
  /** Figures not printed in the article but derived from a printed percentage (176 at 117,33% → 150). */
  derived: SeedFigure[];
  /** How the article wrote a figure, where that is a test case in itself ("121,729", "1,39 triệu tấn"). */
  typed?: Partial<Record<SeedFigure, string>>;
  note: string;
}

export interface SeedGroup {
  stt: string;
  name: string;
  /** How many indicators the resolution set in this group, when the article says (004: 9, 12, 13, 11). */
  count?: number;
  rows: SeedRow[];
}

export interface SeedSet {
  /** Article file name in the shared seeds folder. */
  source: string;
  title: string;
  unitName: string;
  period: Period;
  year: number;
  /** "đạt và vượt x/y" as the article reports it (003: 6/14). */
  reportedSummary?: { reached: number; total: number };
  groups: SeedGroup[];
}

/** Thrown when a seed file does not have the shape above. */
export class SeedFormatError extends Error {
  override name = "SeedFormatError";
}

type Json = Record<string, unknown>;

function fail(where: string, what: string): never {
  throw new SeedFormatError(`${where}: ${what}`);
}

function obj(v: unknown, where: string): Json {
  if (typeof v !== "object" || v === null || Array.isArray(v)) fail(where, "expected an object");
  return v as Json;
}

function str(v: unknown, where: string): string {
  if (typeof v !== "string") fail(where, "expected a string");
  return v;
}

function num(v: unknown, where: string): number {
  if (typeof v !== "number" || !Number.isFinite(v)) fail(where, "expected a finite number");
  return v;
}

function numOrNull(v: unknown, where: string): number | null {
  return v === null ? null : num(v, where);
}

function oneOf<T extends string>(v: unknown, allowed: readonly T[], where: string): T {
  if (typeof v !== "string" || !(allowed as readonly string[]).includes(v)) {
    fail(where, `expected one of ${allowed.join(", ")}`);
  }
  return v as T;
}

const KINDS = ["quantity", "rate", "growth", "structure", "yesno"] as const;
const DIRECTIONS = ["up", "down"] as const;
const PERIODS = ["6_thang", "9_thang", "nam", "nhiem_ky"] as const;
const FIGURES = ["plan", "stretch", "actual", "prior"] as const;
const PRINTED = ["pctPlan", "pctPrior", "changePct"] as const;

/** "up" | "down", or null on a structure share (a target composition); a typo fails loudly. */
function direction(o: Json, where: string): Direction | null {
  if (o.direction !== null) return oneOf(o.direction, DIRECTIONS, where);
  if (o.kind !== "structure") fail(where, "only a structure share may have no direction");
  return null;
}

function toRow(v: unknown, where: string): SeedRow {
  const o = obj(v, where);
  const printedIn = obj(o.printed, `${where}.printed`);
  const printed: SeedPrinted = {};
  for (const key of Object.keys(printedIn)) {
    const k = oneOf(key, PRINTED, `${where}.printed`);
    printed[k] = num(printedIn[k], `${where}.printed.${k}`);
  }
  if (!Array.isArray(o.derived)) fail(`${where}.derived`, "expected an array");
  const row: SeedRow = {
    name: str(o.name, `${where}.name`),
    unit: str(o.unit, `${where}.unit`),
    kind: oneOf(o.kind, KINDS, `${where}.kind`),
    direction: direction(o, `${where}.direction`),
    plan: typeof o.plan === "string" ? o.plan : numOrNull(o.plan, `${where}.plan`),
    stretch: numOrNull(o.stretch, `${where}.stretch`),
    actual: numOrNull(o.actual, `${where}.actual`),
    prior: numOrNull(o.prior, `${where}.prior`),
    printed,
    derived: o.derived.map((d, i) => oneOf(d, FIGURES, `${where}.derived[${i}]`)),
    note: str(o.note, `${where}.note`),
  };
  if (o.typed !== undefined) {
    const typedIn = obj(o.typed, `${where}.typed`);
    const typed: Partial<Record<SeedFigure, string>> = {};
    for (const key of Object.keys(typedIn)) {
      const k = oneOf(key, FIGURES, `${where}.typed`);
      typed[k] = str(typedIn[k], `${where}.typed.${k}`);
    }
    row.typed = typed;
  }
  return row;
}

function toGroup(v: unknown, where: string): SeedGroup {
  const o = obj(v, where);
  if (!Array.isArray(o.rows)) fail(`${where}.rows`, "expected an array");
  const group: SeedGroup = {
    stt: str(o.stt, `${where}.stt`),
    name: str(o.name, `${where}.name`),
    rows: o.rows.map((r, i) => toRow(r, `${where}.rows[${i}]`)),
  };
  if (o.count !== undefined) group.count = num(o.count, `${where}.count`);
  return group;
}

/** Checks one seed's JSON and gives it its type. */
export function toSeedSet(v: unknown, where = "seed"): SeedSet {
  const o = obj(v, where);
  if (!Array.isArray(o.groups)) fail(`${where}.groups`, "expected an array");
  const seed: SeedSet = {
    source: str(o.source, `${where}.source`),
    title: str(o.title, `${where}.title`),
    unitName: str(o.unitName, `${where}.unitName`),
    period: oneOf(o.period, PERIODS, `${where}.period`),
    year: num(o.year, `${where}.year`),
    groups: o.groups.map((g, i) => toGroup(g, `${where}.groups[${i}]`)),
  };
  if (o.reportedSummary !== undefined) {
    const s = obj(o.reportedSummary, `${where}.reportedSummary`);
    seed.reportedSummary = {
      reached: num(s.reached, `${where}.reportedSummary.reached`),
      total: num(s.total, `${where}.reportedSummary.total`),
    };
  }
  return seed;
}

/** The seeds in article order (000 … 004). */
export const SEEDS: readonly SeedSet[] = [seed000, seed001, seed002, seed003, seed004].map((s, i) =>
  toSeedSet(s, `seed 00${i}`),
);

/**
 * The few Kế hoạch texts the seeds hold, read without the full target parser
 * (targets.ts owns that; the seeds only need "100%" and "giảm/tăng N% so với …").
 */
export function seedTarget(plan: number | string | null): Target | null {
  if (plan === null) return null;
  if (typeof plan === "number") return { kind: "value", value: plan };
  const text = plan.trim().toLowerCase();
  if (/^100\s*%/.test(text)) return { kind: "all" };
  const rel = /^(giảm|tăng)\s+(\d+(?:,\d+)?)\s*%\s+so\b/.exec(text);
  if (rel?.[1] !== undefined && rel[2] !== undefined) {
    const size = Number(rel[2].replace(",", "."));
    return { kind: "relative", change: rel[1] === "giảm" ? -size : size };
  }
  return null;
}

/** A seed as the table core works on: rows numbered from sheet row 0 in order, no cells. */
export function seedToTable(seed: SeedSet): IndicatorTable {
  let sheetRow = 0;
  const groups: IndicatorGroup[] = seed.groups.map((g) => {
    const headingRow = sheetRow++;
    const rows: IndicatorRow[] = g.rows.map((r, i) => ({
      sheetRow: sheetRow++,
      stt: String(i + 1),
      name: r.name,
      unit: r.unit,
      kind: r.kind,
      // No direction is what the reader makes of an empty Chiều cell: "up", marked as the default.
      direction: r.direction ?? "up",
      ...(r.direction === null ? { directionFrom: "default" as const } : {}),
      target: seedTarget(r.plan),
      stretch: r.stretch,
      actual: r.actual,
      actualYesNo: null,
      prior: r.prior,
      reportedPct: r.printed.pctPlan ?? null,
      note: r.note,
      estimate: /^ước/i.test(r.note),
      cells: {},
      raw: {},
    }));
    return { stt: g.stt, name: g.name, sheetRow: headingRow, rows };
  });
  return { title: seed.title, unitName: seed.unitName, period: seed.period, year: seed.year, groups };
}
