// Counts of people a business or a report names by who they are: workers given or kept in work
// ("tạo việc làm ổn định cho 2.350 lao động" → "Lao động được tạo việc làm ổn định"), and the members
// or staff a business "has" ("Hợp tác xã … có 412 thành viên"), named bare, not after the business.
// Sentences written for these tests.
import { describe, expect, it } from "@jest/globals";
import { findActualOrPlan as row, read } from "./proposals";

describe("workers given work", () => {
  it("names the workers a business keeps in work, with the verb kept", () => {
    const ps = read("Năm 2026, Công ty cổ phần May Sông Thao duy trì việc làm ổn định cho 3.275 lao động.");
    expect(row(ps, 3275)).toMatchObject({ name: "Lao động được duy trì việc làm ổn định", unit: "lao động" });
  });

  it("does the same for a company's target, and leaves a public report's jobs named by the verb", () => {
    const aimed = read(
      "Công ty cổ phần Gạch men Đồng Lâm đặt mục tiêu năm 2027 doanh thu 960 tỷ đồng, tạo việc làm mới cho 3.100 người.",
    );
    expect(row(aimed, 3100)).toMatchObject({ name: "Người được tạo việc làm mới", plan: 3100 });
    const done = read("Trong năm, toàn huyện giải quyết việc làm cho 2.915 lao động.");
    expect(row(done, 2915)?.name).toBe("Giải quyết việc làm");
  });

  it("leaves counts of sessions and advice in lượt as they were", () => {
    const ps = read("Trung tâm tư vấn, giới thiệu việc làm cho 8.420 lượt người.");
    expect(row(ps, 8420)?.name).not.toMatch(/^Người được/u);
  });
});

describe("members a business has", () => {
  it("names a cooperative's members bare, not after the cooperative", () => {
    const ps = read(
      "Hợp tác xã Dịch vụ Nông nghiệp Yên Thổ hiện có 412 thành viên, doanh thu 6.180 triệu đồng.",
    );
    expect(row(ps, 412)?.name).toBe("Thành viên");
    const short = read("Đến nay, hợp tác xã hiện có 265 thành viên.");
    expect(row(short, 265)?.name).toBe("Thành viên");
  });

  it("names a company's staff bare, but keeps a kind of business that is counted", () => {
    expect(row(read("Công ty hiện có 1.740 lao động."), 1740)?.name).toBe("Lao động");
    const kinds = read("Các doanh nghiệp khu công nghiệp có 12.860 lao động.");
    expect(row(kinds, 12_860)?.name).toMatch(/khu công nghiệp/u);
  });

  it("keeps the members of a mass organisation named after it", () => {
    const ps = read("Hội Nông dân huyện Kỳ Sơn có 18.240 hội viên.");
    expect(row(ps, 18_240)?.name).toMatch(/^Hội viên Hội Nông dân/u);
  });
});
