import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type {
  CellValue,
  Finding,
  FindingCode,
  NumberConvention,
  Settings,
  Severity,
} from "../../src/core/model";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { MESSAGES } from "../../src/core/messages/index";
import { checkTable, type OwnedCell } from "../../src/core/rules";
import { readTable } from "../../src/core/table";

/** One expected finding: its code, and where given its severity, cell and fix value. */
interface Expected {
  code: FindingCode;
  severity?: Severity;
  /** A1 address, or null for a finding that points at no cell. */
  cell?: string | null;
  fix?: number | string;
}

interface CorpusCase {
  id: string;
  about: string;
  convention: NumberConvention;
  grid: CellValue[][];
  settings?: Partial<Settings>;
  ownedCells?: OwnedCell[];
  /** Findings that must all be there (others may be too). */
  expect: Expected[];
  /** Codes that must not appear anywhere (e.g. a true decimal is not a ×1000 slip). */
  absent?: FindingCode[];
  /** A clean table: no finding of severity error. */
  clean?: boolean;
}

interface CorpusFile {
  family: string;
  cases: CorpusCase[];
}

const DIR = join(__dirname, "..", "corpus");
const files: CorpusFile[] = readdirSync(DIR)
  .filter((name) => name.endsWith(".json"))
  .sort()
  .map((name) => JSON.parse(readFileSync(join(DIR, name), "utf8")) as CorpusFile);

function matches(found: Finding, want: Expected): boolean {
  if (found.code !== want.code) return false;
  if (want.severity !== undefined && found.severity !== want.severity) return false;
  if (want.cell !== undefined && (found.cell?.address ?? null) !== want.cell) return false;
  if (
    want.fix !== undefined &&
    (found.fix === null ||
      (typeof want.fix === "string"
        ? found.fix.value !== want.fix
        : typeof found.fix.value !== "number" ||
          Math.abs(found.fix.value - want.fix) > 1e-9 * Math.max(1, Math.abs(want.fix))))
  )
    return false;
  return true;
}

function describeFinding(f: Finding): string {
  return `${f.code}/${f.severity}@${f.cell?.address ?? "-"}${f.fix ? `→${f.fix.value}` : ""}`;
}

function run(c: CorpusCase): Finding[] {
  const settings: Settings = { ...DEFAULT_SETTINGS, ...c.settings, convention: c.convention };
  const read = readTable(c.grid, { convention: c.convention });
  return checkTable(read, settings, { ownedCells: c.ownedCells ?? [] }).findings;
}

describe("corpus of bad inputs", () => {
  it("holds at least 120 bad inputs and some clean tables, with unique ids", () => {
    const all = files.flatMap((f) => f.cases);
    expect(all.filter((c) => c.expect.length > 0).length).toBeGreaterThanOrEqual(120);
    expect(all.filter((c) => c.clean === true).length).toBeGreaterThanOrEqual(10);
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
  });

  it("has only known fields and codes, so a typo cannot silently weaken a case", () => {
    const caseKeys = [
      "id",
      "about",
      "convention",
      "grid",
      "settings",
      "ownedCells",
      "expect",
      "absent",
      "clean",
    ];
    const expectKeys = ["code", "severity", "cell", "fix"];
    const known = (code: string): boolean => code in MESSAGES;
    for (const c of files.flatMap((f) => f.cases)) {
      expect(Object.keys(c).filter((k) => !caseKeys.includes(k))).toEqual([]);
      expect(["vi", "en"]).toContain(c.convention);
      for (const e of c.expect) {
        expect(Object.keys(e).filter((k) => !expectKeys.includes(k))).toEqual([]);
        expect(known(e.code)).toBe(true);
      }
      expect((c.absent ?? []).filter((code) => !known(code))).toEqual([]);
    }
  });

  for (const file of files) {
    describe(file.family, () => {
      it.each(file.cases.map((c) => [`${c.id}: ${c.about}`, c] as const))("%s", (_title, c) => {
        const findings = run(c);
        const seen = findings.map(describeFinding);
        for (const want of c.expect) {
          if (!findings.some((f) => matches(f, want))) {
            throw new Error(`missing ${JSON.stringify(want)}; found [${seen.join(", ")}]`);
          }
        }
        for (const code of c.absent ?? []) {
          if (findings.some((f) => f.code === code))
            throw new Error(`unexpected ${code}; found [${seen.join(", ")}]`);
        }
        if (c.clean === true) {
          const errors = findings.filter((f) => f.severity === "error");
          if (errors.length > 0)
            throw new Error(`clean table has errors [${errors.map(describeFinding).join(", ")}]`);
        }
        for (const f of findings) {
          expect(f.message.vi.length).toBeGreaterThan(0);
          expect(f.message.en.length).toBeGreaterThan(0);
        }
      });
    });
  }
});
