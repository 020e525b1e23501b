/**
 * General rules found on tuneAZ's security, justice and administration corpus, each tested on
 * sentences written for this file (new places and figures, none of a corpus paragraph).
 */
import { read } from "./proposals";

const rows = (text: string) => read(text).map((p) => [p.name, p.unit, p.actual, p.plan ?? p.planText]);

describe("security, justice and administration rules", () => {
  it("reads what one body requires of another as a target, and 'kéo giảm' wherever it stands", () => {
    expect(
      rows(
        "Năm 2027, UBND huyện yêu cầu Công an huyện kéo giảm số vụ trộm cắp tài sản ít nhất 7% so với năm 2026; tỷ lệ điều tra làm rõ đạt trên 82%.",
      ),
    ).toEqual([
      ["Mức giảm số vụ trộm cắp tài sản", "%", null, "giảm ít nhất 7% so với năm 2026"],
      ["Tỷ lệ điều tra làm rõ", "%", null, "trên 82%"],
    ]);
    // "theo yêu cầu" is the standard a result met, not a requirement.
    expect(rows("Đã trả kết quả 356 hồ sơ theo yêu cầu, đạt 97,5%.").map((r) => r[2])).toEqual([356, 97.5]);
  });

  it("proposes no level for a part that only states a change against an earlier year", () => {
    expect(
      rows("Ban Tiếp công dân đã tiếp 870 lượt công dân; tăng 9 đoàn đông người so với năm trước."),
    ).toEqual([["Tiếp lượt công dân", "lượt công dân", 870, null]]);
    // A change of a count of the same unit is still that count's change.
    const [fires] = read("Xảy ra 42 vụ cháy; giảm 6 vụ so với cùng kỳ.");
    expect([fires?.actual, fires?.changePct?.toFixed(2)]).toEqual([42, "-12.50"]);
  });

  it("keeps a bracketed quota that names who set it beside the result, not as a figure", () => {
    const got = read("Tỷ lệ thi hành xong án dân sự đạt 84,6% (chỉ tiêu Bộ Tư pháp giao 80%).");
    expect(got.map((p) => [p.name, p.actual, p.plan])).toEqual([["Tỷ lệ thi hành xong án dân sự", 84.6, 80]]);
  });

  it("counts 'nhà đồng đội' in nhà, not in money", () => {
    expect(rows("Bộ Chỉ huy Quân sự huyện bàn giao 23 nhà đồng đội cho quân nhân khó khăn.")).toEqual([
      ["Bàn giao nhà đồng đội cho quân nhân khó khăn", "nhà", 23, null],
    ]);
  });

  it("gives a count listed before another the qualifier said after the second, before who did it", () => {
    const got = read(
      "Lực lượng cảnh sát môi trường phát hiện 58 vụ, 71 đối tượng vi phạm về khai thác khoáng sản.",
    );
    expect(got.map((p) => [p.name, p.actual])).toEqual([
      ["Phát hiện vụ vi phạm về khai thác khoáng sản của lực lượng cảnh sát môi trường", 58],
      ["Phát hiện đối tượng vi phạm về khai thác khoáng sản", 71],
    ]);
  });
  it("keeps 'tiếp nhận' in the name of papers received under a topic", () => {
    expect(
      rows(
        "Về công tác tiếp dân: Ban Tiếp công dân huyện tiếp 452 lượt công dân; tiếp nhận 318 đơn, đã xử lý 296 đơn.",
      ),
    ).toEqual([
      ["Tiếp lượt công dân", "lượt công dân", 452, null],
      ["Tiếp nhận đơn", "đơn", 318, null],
      ["Xử lý đơn", "đơn", 296, null],
    ]);
  });

  it("names cases and offenders counted by their verbs alone by the field of crime said before them", () => {
    const got = read(
      "Phòng, chống ma túy: Công an huyện phát hiện, bắt giữ 41 vụ, 57 đối tượng. Đội chuyên trách phòng, chống buôn lậu bắt giữ 19 vụ.",
    );
    expect(got.map((p) => [p.name, p.actual])).toEqual([
      ["Phát hiện, bắt giữ vụ về ma túy", 41],
      ["Phát hiện, bắt giữ đối tượng về ma túy", 57],
      ["Bắt giữ vụ về buôn lậu", 19],
    ]);
    // No field said: the count keeps its verb's name.
    expect(read("Năm 2026, Công an huyện phát hiện 73 vụ.").map((p) => p.name)).toEqual(["Phát hiện vụ"]);
  });
  it("names a rate after a list of counts by the earlier pair whose share it is", () => {
    const got = read(
      "Năm 2026, Công an huyện phát hiện 215 vụ phạm pháp hình sự; điều tra làm rõ 193 vụ, bắt 284 đối tượng, đạt tỷ lệ 89,77%.",
    );
    expect(got.find((p) => p.unit === "%")?.name).toBe("Tỷ lệ điều tra làm rõ vụ phạm pháp hình sự");
    // The count before it with its own base, or no pair giving the figure: left as it was named.
    const kept = read("Phát hiện 64 vụ, điều tra làm rõ 57 vụ, bắt 81 đối tượng, đạt 93%.");
    expect(kept.find((p) => p.unit === "%")?.name).toBe("Tỷ lệ bắt đối tượng");
  });
});
