import type { Finding, Severity } from "../../src/core/model";
import {
  columnList,
  countBySeverity,
  errorText,
  groupBySeverity,
  isForSheet,
  nextStep,
  parseSettingNumber,
  parseYear,
  stepStates,
  summarySentence,
} from "../../src/taskpane/format";
import { summaryText } from "../../src/core/summary";

function finding(
  severity: Severity,
  address: string | null,
  code: Finding["code"] = "number_as_text",
): Finding {
  const cell = address
    ? { address, row: Number(address.slice(1)) - 1, col: address.charCodeAt(0) - 65 }
    : null;
  return {
    code,
    severity,
    cell,
    column: null,
    message: { vi: `vi ${address}`, en: `en ${address}` },
    fix: null,
  };
}

describe("groupBySeverity", () => {
  it("puts Lỗi before Cảnh báo before Thông tin, in sheet order, without empty groups", () => {
    const groups = groupBySeverity([
      finding("info", "F9"),
      finding("warning", "G12"),
      finding("error", "F12"),
      finding("warning", "E7"),
      finding("warning", "F7"),
      finding("error", null, "table_not_found"),
    ]);
    expect(groups.map((g) => g.severity)).toEqual(["error", "warning", "info"]);
    expect(groups[0]?.findings.map((f) => f.cell?.address ?? null)).toEqual(["F12", null]);
    expect(groups[1]?.findings.map((f) => f.cell?.address)).toEqual(["E7", "F7", "G12"]);
    expect(groupBySeverity([finding("info", "A1")]).map((g) => g.severity)).toEqual(["info"]);
    expect(groupBySeverity([])).toEqual([]);
  });

  it("puts the findings with a fix first, since they can be acted on at once", () => {
    const fixable = {
      ...finding("warning", "G17", "thousands_slip"),
      fix: { cell: { address: "G17", row: 16, col: 6 }, value: 37067, description: { vi: "a", en: "a" } },
    };
    const groups = groupBySeverity([finding("warning", "F7"), fixable, finding("warning", "F8")]);
    expect(groups[0]?.findings.map((f) => f.cell?.address)).toEqual(["G17", "F7", "F8"]);
  });

  it("counts each severity", () => {
    expect(countBySeverity([finding("error", "A1"), finding("info", "A2"), finding("info", "A3")])).toEqual({
      error: 1,
      warning: 0,
      info: 2,
    });
  });
});

describe("summarySentence", () => {
  it("says 'Đạt và vượt 6/14 chỉ tiêu' as the Cần Thơ 2020 report does", () => {
    expect(summarySentence({ reached: 6, total: 14, noData: 0 }, "vi")).toBe("Đạt và vượt 6/14 chỉ tiêu.");
    expect(summarySentence({ reached: 6, total: 14, noData: 0 }, "en")).toBe(
      "6 of 14 targets reached or exceeded.",
    );
  });

  it("at 9 months counts rows on track with the reached ones, in the report's words", () => {
    const byVerdict = {
      vuot: 2,
      dat: 0,
      co_ban_dat: 0,
      khong_dat: 0,
      chua_co_so_lieu: 0,
      khong_giao_ke_hoach: 0,
      dung_tien_do: 3,
      cham_tien_do: 3,
    };
    expect(summarySentence({ reached: 2, total: 8, noData: 0, byVerdict }, "vi")).toBe(
      "Đạt và vượt hoặc đúng tiến độ 5/8 chỉ tiêu (2 chỉ tiêu đã đạt kế hoạch năm).",
    );
  });

  it("is the sentence of the report and the CLI (core summaryText), with a full stop", () => {
    const s = { reached: 3, total: 5, noData: 2, noTarget: 1 };
    for (const lang of ["vi", "en"] as const)
      expect(summarySentence(s, lang)).toBe(`${summaryText(s, lang)}.`);
  });

  it("on a term table counts the paths on track, with no word of an annual plan (vi and en)", () => {
    const byVerdict = {
      vuot: 0,
      dat: 0,
      co_ban_dat: 0,
      khong_dat: 0,
      chua_co_so_lieu: 1,
      khong_giao_ke_hoach: 0,
      dung_tien_do: 3,
      cham_tien_do: 2,
    };
    const s = { reached: 0, total: 5, noData: 1, byVerdict, term: true } as const;
    expect(summarySentence(s, "vi")).toBe("Đúng tiến độ 3/5 chỉ tiêu nhiệm kỳ; 1 chỉ tiêu chưa có số liệu.");
    expect(summarySentence(s, "en")).toBe("3 of 5 term targets on track; 1 without data.");
    // At the term's end every row is Vượt / Đạt / Không đạt.
    const ended = { ...byVerdict, dung_tien_do: 0, cham_tien_do: 0, vuot: 2, dat: 1, khong_dat: 2 };
    expect(summarySentence({ reached: 3, total: 5, noData: 0, byVerdict: ended, term: true }, "vi")).toBe(
      "Đạt và vượt 3/5 chỉ tiêu nhiệm kỳ.",
    );
  });

  it("counts the rows with no data apart", () => {
    expect(summarySentence({ reached: 30, total: 41, noData: 4 }, "vi")).toBe(
      "Đạt và vượt 30/41 chỉ tiêu; 4 chỉ tiêu chưa có số liệu.",
    );
    expect(summarySentence({ reached: 1, total: 2, noData: 1 }, "en")).toBe(
      "1 of 2 targets reached or exceeded; 1 without data.",
    );
  });
});

describe("stepStates", () => {
  const base = { hasTable: true, validated: false, computed: false, charted: false, errors: 0 };

  it("is all to do before the status is known or without a table", () => {
    expect(new Set(Object.values(stepStates(null)))).toEqual(new Set(["todo"]));
    expect(new Set(Object.values(stepStates({ ...base, hasTable: false })))).toEqual(new Set(["todo"]));
  });

  it("Mẫu is optional over the user's own table, and done only after a template was inserted", () => {
    expect(stepStates(base, false, true).template).toBe("done");
    expect(stepStates(base)).toEqual({
      template: "optional",
      input: "todo",
      validate: "todo",
      compute: "todo",
      charts: "todo",
    });
  });

  it("shows errors on Nhập and Kiểm tra when validation found errors", () => {
    const s = stepStates({ ...base, validated: true, errors: 2 });
    expect(s.input).toBe("errors");
    expect(s.validate).toBe("errors");
  });

  it("marks everything done after a clean validation, computation and charts", () => {
    expect(stepStates({ ...base, validated: true, computed: true, charted: true }, false, true)).toEqual({
      template: "done",
      input: "done",
      validate: "done",
      compute: "done",
      charts: "done",
    });
  });
});

describe("stepStates after a person changed figures", () => {
  const done = { hasTable: true, validated: true, computed: true, charted: true, errors: 0 };
  it("turns what was done from the old figures from Xong to stale; the rest stays", () => {
    expect(stepStates(done, true)).toEqual({
      template: "optional",
      input: "done",
      validate: "stale",
      compute: "stale",
      charts: "stale",
    });
    expect(stepStates({ ...done, computed: false, charted: false }, true).compute).toBe("todo");
    expect(nextStep(stepStates(done, true))).toBe("validate");
  });
});

describe("nextStep", () => {
  it("points at the first step with a button that is not done", () => {
    expect(nextStep(stepStates(null))).toBe("template");
    const table = { hasTable: true, validated: false, computed: false, charted: false, errors: 0 };
    expect(nextStep(stepStates(table))).toBe("validate");
    expect(nextStep(stepStates({ ...table, validated: true, errors: 3 }))).toBe("validate");
    expect(nextStep(stepStates({ ...table, validated: true }))).toBe("compute");
    expect(nextStep(stepStates({ ...table, validated: true, computed: true }))).toBe("charts");
    expect(nextStep(stepStates({ ...table, validated: true, computed: true, charted: true }))).toBeNull();
  });
});

describe("isForSheet", () => {
  it("shows a result only on the sheet it describes, or while the active sheet is unknown", () => {
    expect(isForSheet("Chỉ tiêu NQ 2021", "Chỉ tiêu NQ 2021")).toBe(true);
    expect(isForSheet("Chỉ tiêu NQ 2021", "Hướng dẫn")).toBe(false);
    expect(isForSheet("Chỉ tiêu NQ 2021", null)).toBe(true);
  });
});

describe("errorText", () => {
  it("uses a ChitieuError's own sentence", () => {
    class ChitieuError extends Error {
      constructor(
        public text: { vi: string; en: string },
        public code: string,
      ) {
        super(text.en);
      }
    }
    const text = {
      vi: "Sổ làm việc đang được sửa ở nơi khác.",
      en: "The workbook is being edited elsewhere.",
    };
    expect(errorText(new ChitieuError(text, "EditModeRequired"))).toEqual(text);
  });

  it("gives an unknown error the generic sentence plus its message", () => {
    const t = errorText(new TypeError("x is undefined"));
    expect(t.vi).toContain("x is undefined");
    expect(t.vi).toMatch(/^Đã xảy ra lỗi/);
    expect(t.en).toMatch(/^Something unexpected went wrong.*x is undefined/);
    expect(errorText("plain string").en).toContain("plain string");
  });
});

describe("settings and picker inputs", () => {
  it("reads tolerance numbers with either decimal mark", () => {
    expect(parseSettingNumber("0,5")).toBe(0.5);
    expect(parseSettingNumber(" 2.5 ")).toBe(2.5);
    expect(parseSettingNumber("95")).toBe(95);
    expect(parseSettingNumber("")).toBeNull();
    expect(parseSettingNumber("abc")).toBeNull();
    expect(parseSettingNumber("1.000,5")).toBeNull();
  });

  it("accepts a 4-digit year only", () => {
    expect(parseYear("2021")).toBe(2021);
    expect(parseYear(" 2020 ")).toBe(2020);
    expect(parseYear("21")).toBeNull();
    expect(parseYear("20211")).toBeNull();
    expect(parseYear("abcd")).toBeNull();
  });

  it("lists written columns in sheet order", () => {
    expect(columnList({ verdict: "L", pctPlan: "H", pctPrior: "I", changePct: "AA" })).toBe("H, I, L, AA");
  });
});
