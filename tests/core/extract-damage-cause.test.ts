// Money lost, named "thiệt hại" alone after a count of casualties, is the damage of the event the
// sentence opens with ("Mưa lũ … làm 4 người chết, thiệt hại …" → "Thiệt hại do mưa lũ"), not of the
// casualties. Sentences written for these tests.
import { describe, expect, it } from "@jest/globals";
import { find, readNamesByRules as read } from "./proposals";

describe("damage named by the event that did it", () => {
  it("takes the subject before 'làm', a time between left out", () => {
    const ps = read("Đợt mưa lũ cuối tháng 10 làm 5 người chết, thiệt hại ước tính 318 tỷ đồng.");
    expect(find(ps, 318)?.name).toBe("Thiệt hại do đợt mưa lũ");
    const storm = read("Bão số 4 làm 7 người bị thương, thiệt hại khoảng 84 tỷ đồng.");
    expect(find(storm, 84)?.name).toBe("Thiệt hại do bão số 4");
  });

  it("is not named after the casualties when no event opens the sentence", () => {
    const ps = read("Trong năm có 3 người chết, thiệt hại 12,5 tỷ đồng.");
    expect(find(ps, 12.5)?.name).not.toMatch(/người chết/u);
  });

  it("leaves damage after a count of fires named by the fires", () => {
    const ps = read("Phát hiện 9 vụ cháy, thiệt hại 2,7 tỷ đồng.");
    expect(find(ps, 2.7)?.name).toBe("Thiệt hại vụ cháy");
  });
});
