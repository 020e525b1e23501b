import { CATALOGUES, initialLang, type Catalogue } from "../../src/taskpane/i18n";

const keys = (c: Catalogue) => Object.keys(c).sort();

/** Calls a catalogue entry with plausible arguments, whatever its parameters. */
function render(entry: Catalogue[keyof Catalogue]): string {
  if (typeof entry === "string") return entry;
  const args = Array.from({ length: entry.length }, (_, i) => (i % 2 === 0 ? 3 : 7));
  return (entry as (...a: unknown[]) => string)(...args);
}

describe("the pane's string catalogue", () => {
  it("has the same keys in Vietnamese and English", () => {
    expect(keys(CATALOGUES.en)).toEqual(keys(CATALOGUES.vi));
  });

  it.each(["vi", "en"] as const)("gives a non-empty sentence for every key in %s", (lang) => {
    for (const key of keys(CATALOGUES[lang]) as (keyof Catalogue)[]) {
      const text = render(CATALOGUES[lang][key]);
      expect(`${key}: ${text.trim()}`).not.toBe(`${key}: `);
      expect(text).not.toMatch(/undefined|NaN|\[object/);
    }
  });

  it("names the buttons as the users know them", () => {
    expect([
      CATALOGUES.vi.insertTemplate,
      CATALOGUES.vi.validate,
      CATALOGUES.vi.compute,
      CATALOGUES.vi.createCharts,
    ]).toEqual(["Chèn mẫu", "Kiểm tra", "Tính toán", "Tạo biểu đồ"]);
    expect([
      CATALOGUES.en.insertTemplate,
      CATALOGUES.en.validate,
      CATALOGUES.en.compute,
      CATALOGUES.en.createCharts,
    ]).toEqual(["Insert template", "Validate", "Compute", "Create charts"]);
  });

  it("translates every English sentence (no Vietnamese left in en except names)", () => {
    const allowed = new Set(["appName", "langVi", "conflictTitle"]);
    for (const key of keys(CATALOGUES.en) as (keyof Catalogue)[]) {
      if (allowed.has(key)) continue;
      const en = render(CATALOGUES.en[key]);
      const vi = render(CATALOGUES.vi[key]);
      if (key === "langEn") continue;
      expect({ key, same: en === vi && /[a-z]/i.test(en) }).toEqual({ key, same: false });
    }
  });
});

describe("initialLang", () => {
  it("is Vietnamese unless Office runs in English", () => {
    expect(initialLang("vi-VN")).toBe("vi");
    expect(initialLang("en-US")).toBe("en");
    expect(initialLang("EN-gb")).toBe("en");
    expect(initialLang("fr-FR")).toBe("vi");
    expect(initialLang(undefined)).toBe("vi");
  });
});
