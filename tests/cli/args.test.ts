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
      approxPoints: 0.5,
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

  test("--approx-points sets the khoảng tolerance in điểm % on check, merge and report", () => {
    expect(parseArgs(["check", "t.csv", "--approx-points", "0,2"])).toMatchObject({ approxPoints: 0.2 });
    expect(parseArgs(["check", "t.csv", "--approx-points=0"])).toMatchObject({ approxPoints: 0 });
    expect(parseArgs(["merge", "a.xlsx", "b.xlsx", "--out", "c.xlsx", "--approx-points", "1"])).toMatchObject(
      {
        approxPoints: 1,
      },
    );
    expect(parseArgs(["report", "a.xlsx", "--approx-points", "0.3"])).toMatchObject({ approxPoints: 0.3 });
    expect(parseArgs(["report", "a.xlsx"])).toMatchObject({ approxPoints: 0.5 });
  });

  test("--approx-points below 0, above 10 or not a number is a usage error with both languages", () => {
    for (const bad of ["-0,1", "10,5", "nửa"]) {
      let error: unknown;
      try {
        parseArgs(["check", "t.csv", "--approx-points", bad]);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(UsageError);
      expect((error as UsageError).vi).toBe(`--approx-points cần một số từ 0 đến 10, không phải "${bad}".`);
      expect((error as UsageError).en).toBe(`--approx-points needs a number from 0 to 10, not "${bad}".`);
    }
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
