/**
 * Names and figures read from the shape of a sector review's sentences (tuning on held-out 14 … 16,
 * branch tuneN): a measure named once before a colon list, a verb and its manner before a share, the
 * people counted after "với", a target's share in brackets. Sentences written for these tests; none
 * is in the corpus.
 */
import type { Proposal } from "../../src/core/extract";
import { read } from "./proposals";

/** Unlike the shared findActualOrPlan, a plan is matched only where there is no actual. */
const findActualElsePlan = (ps: Proposal[], value: number): Proposal | undefined =>
  ps.find((p) => (p.actual ?? p.plan) === value);

describe("a measure named once before a colon list of its parts", () => {
  it("names each short item by the lead and the item", () => {
    const ps = read(
      "Tỷ lệ học sinh lên lớp: tiểu học 99,6%, trung học cơ sở 97,8%, trung học phổ thông 96,1%.",
    );
    expect(ps.map((p) => [p.name, p.actual, p.unit])).toEqual([
      ["Tỷ lệ học sinh lên lớp tiểu học", 99.6, "%"],
      ["Tỷ lệ học sinh lên lớp trung học cơ sở", 97.8, "%"],
      ["Tỷ lệ học sinh lên lớp trung học phổ thông", 96.1, "%"],
    ]);
  });

  it("does the same for a count broken down by place", () => {
    const ps = read("Số hộ nghèo: xã Tân An 112 hộ, xã Phú Lộc 96 hộ.");
    expect(ps.map((p) => p.name)).toEqual(["Số hộ nghèo xã Tân An", "Số hộ nghèo xã Phú Lộc"]);
  });

  it("leaves a lead that names no measure to the rules of structure", () => {
    const ps = read("Cơ cấu kinh tế: nông nghiệp 20,3%, công nghiệp - xây dựng 38,2%, dịch vụ 41,5%.");
    expect(ps.map((p) => p.name)).toEqual([
      "Tỷ trọng nông nghiệp",
      "Tỷ trọng công nghiệp - xây dựng",
      "Tỷ trọng dịch vụ",
    ]);
  });
});

describe("a verb and how it was done, then what the share is of", () => {
  it("keeps what follows the figure in the name of the share", () => {
    const ps = read("Năm 2026, xã giải quyết dứt điểm 100% đơn thư khiếu nại phát sinh.");
    expect(ps).toHaveLength(1);
    expect(ps[0]?.name).toBe("Xã giải quyết dứt điểm đơn thư khiếu nại phát sinh");
    const plan = read("Năm 2027 phấn đấu xử lý kịp thời 100% sự cố môi trường được phát hiện.");
    expect(plan[0]?.name).toBe("Xử lý kịp thời sự cố môi trường được phát hiện");
    expect(plan[0]?.actual).toBeNull();
  });
});

describe("people counted after 'với' and the incidents or classes before them", () => {
  it("names those an incident befell by what befell them", () => {
    const ps = read("Trong năm xảy ra 2 vụ ngộ độc thực phẩm với 41 người mắc, không có người tử vong.");
    expect(findActualElsePlan(ps, 41)?.name).toBe("Số người mắc ngộ độc thực phẩm");
    expect(findActualElsePlan(ps, 41)?.unit).toBe("người");
  });

  it("names learners by their classes, not by where they are", () => {
    const ps = read("Huyện mở 12 lớp bổ túc với 306 học viên ở các thôn vùng cao.");
    expect(findActualElsePlan(ps, 306)?.name).toBe("Học viên của lớp bổ túc");
  });
});

describe("a target's share in brackets", () => {
  it("is a target of its own, and the next count keeps its name", () => {
    const ps = read(
      "Năm 2027, phấn đấu có 96 xã đạt chuẩn nông thôn mới (chiếm 80,2%) và 24 xã đạt chuẩn nông thôn mới nâng cao.",
    );
    const share = findActualElsePlan(ps, 80.2);
    expect(share?.name).toBe("Tỷ lệ xã đạt chuẩn nông thôn mới");
    expect(share?.actual).toBeNull();
    expect(share?.unit).toBe("%");
    expect(findActualElsePlan(ps, 24)?.name).not.toMatch(/chiếm/u);
  });
});
