/**
 * A count of what an event caused to suffer ("buộc tiêu hủy … con gà", "làm đổ … căn nhà") is named by
 * the thing and what happened to it. Sentences written for these tests; none is in the corpus.
 */
import { extractIndicators } from "../../src/core/extract";
import { causedAsSuffered } from "../../src/core/extract-caused";

describe("a count of what an event caused to suffer", () => {
  it("names culled animals by the animal, then the culling", () => {
    const got = extractIndicators(
      "Ổ dịch cúm gia cầm xuất hiện ở 7 hộ thuộc 3 thôn, buộc tiêu hủy 4.260 con gà.",
      "vi",
    ).map((p) => [p.name, p.unit, p.actual]);
    expect(got).toContainEqual(["Gà bị tiêu hủy", "con", 4260]);
  });

  it("names houses a landslide brought down by the house", () => {
    expect(causedAsSuffered("Làm sập căn nhà", "căn")).toBe("Nhà bị sập");
    expect(causedAsSuffered("Khiến hư hỏng chiếc tàu cá", "chiếc")).toBe("Tàu cá bị hư hỏng");
  });

  it("leaves a name whose counted word is not its unit, or with no causing verb", () => {
    expect(causedAsSuffered("Làm mới tuyến đường", "km")).toBe("Làm mới tuyến đường");
    expect(causedAsSuffered("Xây mới căn nhà", "căn")).toBe("Xây mới căn nhà");
  });
});

describe("names the rule leaves", () => {
  it("leaves a name the event leads, where 'làm' may mean owning", () => {
    expect(causedAsSuffered("Nông dân làm chủ con tàu", "con")).toBe("Nông dân làm chủ con tàu");
  });

  it("leaves work found for workers, which no event caused", () => {
    expect(causedAsSuffered("Tạo việc làm cho lao động", "lao động")).toBe("Tạo việc làm cho lao động");
  });
});
