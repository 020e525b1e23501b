import { spawnSync } from "node:child_process";
import path from "node:path";
import { version } from "../../package.json";
import { csvLine, tempDir } from "./helpers";

const root = path.resolve(__dirname, "../..");
const tmp = tempDir("chitieu-spawn-");
afterAll(() => tmp.cleanup());

function chitieu(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(root, "bin/chitieu.js"), ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("the real chitieu binary", () => {
  test("prints its version, checks a file with the right exit code, and fails cleanly on a missing file", () => {
    const v = chitieu("--version");
    expect(v).toMatchObject({ status: 0, stdout: `${version}\n` });

    const file = tmp.file(
      "bang.csv",
      [
        csvLine(["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện"]),
        csvLine([1, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 176]),
        csvLine([2, "Hộ kinh doanh chuyển lên doanh nghiệp", "doanh nghiệp", null, 35]),
      ].join("\n"),
    );
    const check = chitieu("check", file, "--json");
    // The second row has an actual and no plan: a warning, so the exit code is 0.
    expect(check.status).toBe(0);
    const data = JSON.parse(check.stdout) as {
      rows: { verdict: string }[];
      summary: { reached: number; total: number };
    };
    expect(data.rows.map((r) => r.verdict)).toEqual(["vuot", "khong_giao_ke_hoach"]);
    expect(data.summary).toMatchObject({ reached: 1, total: 1 });

    const missing = chitieu("check", path.join(tmp.dir, "khong-co.xlsx"));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^chitieu: Không đọc được .*khong-co\.xlsx: không có tệp này\.\n$/);
  });
});
