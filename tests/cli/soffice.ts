/**
 * LibreOffice (headless) as a second spreadsheet engine for the CLI tests: it opens a workbook we
 * wrote, recalculates every formula (told to: OOXMLRecalcMode 0 = always) and gives the first
 * sheet back as raw values. Shared by the injection, LibreOffice and hostile-file tests.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseCsv } from "../../src/cli/csv";

function loProfile(work: string): string {
  const profile = path.join(work, "lo-profile");
  mkdirSync(path.join(profile, "user"), { recursive: true });
  writeFileSync(
    path.join(profile, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return profile;
}

/** The first sheet of `xlsx` as LibreOffice computes it: raw values (not as shown), UTF-8 CSV. */
export function recalculated(xlsx: string, work: string): (string | null)[][] {
  const out = path.join(work, `lo-${path.basename(xlsx, ".xlsx")}`);
  mkdirSync(out, { recursive: true });
  execFileSync(
    "soffice",
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${loProfile(work)}`,
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false",
      "--outdir",
      out,
      xlsx,
    ],
    { stdio: "pipe", timeout: 180_000 },
  );
  return parseCsv(readFileSync(path.join(out, `${path.basename(xlsx, ".xlsx")}.csv`), "utf8"), ",").rows;
}
