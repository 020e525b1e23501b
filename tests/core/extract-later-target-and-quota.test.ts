/**
 * Targets said after a result with the subject left out: a later year's target after "phấn đấu"
 * (not the stretch of the result before it), a share of all places the work reached after "tại", and
 * a work done against its quota with no count of its own ("giao quân bảo đảm 100% chỉ tiêu"), which
 * is the rate it reached (src/core/extract-proposals.ts stretchTarget, src/core/extract.ts).
 * Sentences written for these tests.
 */
import { type Proposal } from "../../src/core/extract";
import { read } from "./proposals";

const rows = (text: string) => read(text).map((p: Proposal) => [p.name, p.actual ?? p.planText, p.unit]);

describe("targets after a result, and works against a quota", () => {
  it("keys a later year's target after 'phấn đấu' under the result's name", () => {
    expect(
      rows(
        "Năm 2026, tỷ lệ hộ cận nghèo còn 4,6%, giảm 0,8 điểm % so với năm trước; năm 2027 phấn đấu giảm còn 4 - 4,2%.",
      ),
    ).toEqual([
      ["Tỷ lệ hộ cận nghèo", 4.6, "%"],
      ["Tỷ lệ hộ cận nghèo", "4 - 4,2%", "%"],
    ]);
  });

  it("keys a share of all places reached after 'tại'", () => {
    expect(
      rows("Năm 2026, huyện đã lắp đặt hệ thống camera an ninh tại 27/31 xã, thị trấn.").map((r) =>
        r.slice(1),
      ),
    ).toEqual([[27, "xã"]]);
  });

  it("keys a work done against its quota with no count as the rate it reached", () => {
    expect(
      rows(
        "Năm 2027, huyện phấn đấu: thu ngân sách trên địa bàn 950 tỷ đồng; tuyển quân bảo đảm 100% chỉ tiêu.",
      ),
    ).toEqual([
      ["Thu ngân sách trên địa bàn", "950", "tỷ đồng"],
      ["Tỷ lệ tuyển quân đạt chỉ tiêu", "100%", "%"],
    ]);
  });
});
