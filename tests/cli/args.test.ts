import { UsageError, parseArgs } from "../../src/cli/args";

describe("the chitieu command line", () => {
  test("check takes a file and defaults to a Vietnamese report with the vi number convention", () => {
    expect(parseArgs(["check", "bang.xlsx"])).toEqual({
      kind: "check",
      file: "bang.xlsx",
      json: false,
      lang: "vi",
      convention: "vi",
      band: null,
      tolerance: 0,
      period: null,
    });
  });

  test("--locale en switches the report language and the number convention", () => {
    const cmd = parseArgs(["check", "--locale", "en", "t.csv", "--json"]);
    expect(cmd).toMatchObject({ kind: "check", file: "t.csv", json: true, lang: "en", convention: "en" });
  });

  test("--convention overrides the locale's number convention", () => {
    expect(parseArgs(["check", "t.csv", "--locale=en", "--convention", "vi"])).toMatchObject({
      lang: "en",
      convention: "vi",
    });
  });

  test("--band turns on Cơ bản đạt and --tolerance sets the equality margin", () => {
    expect(parseArgs(["check", "t.csv", "--band", "95", "--tolerance", "0,5"])).toMatchObject({
      band: 95,
      tolerance: 0.5,
    });
  });

  test("a band outside 0–100 is a usage error with both languages", () => {
    try {
      parseArgs(["check", "t.csv", "--band", "120"]);
      throw new Error("expected a UsageError");
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      expect((error as UsageError).vi).toContain("--band");
      expect((error as UsageError).en).toContain("from 0 to 100");
    }
  });

  test("template needs a name and an .xlsx output", () => {
    expect(parseArgs(["template", "thanh-pho-nam", "--out", "a.xlsx", "--year", "2022"])).toEqual({
      kind: "template",
      lang: "vi",
      id: "thanh-pho-nam",
      out: "a.xlsx",
      year: 2022,
      unitName: null,
      rows: null,
      force: false,
    });
    expect(() => parseArgs(["template", "trong"])).toThrow(UsageError);
    expect(() => parseArgs(["template", "trong", "--out", "a.csv"])).toThrow(UsageError);
  });

  test("no command, help and version", () => {
    expect(parseArgs([])).toEqual({ kind: "help", lang: "vi" });
    expect(parseArgs(["--help", "--locale", "en"])).toEqual({ kind: "help", lang: "en" });
    expect(parseArgs(["--version"])).toEqual({ kind: "version" });
  });

  test("unknown commands and options are refused", () => {
    expect(() => parseArgs(["chek", "a.csv"])).toThrow(UsageError);
    expect(() => parseArgs(["check", "a.csv", "--jsn"])).toThrow(UsageError);
    expect(() => parseArgs(["check", "a.csv", "--band"])).toThrow(UsageError);
  });
});
