/**
 * Damage in money named by the event that did it: said at the start of its sentence, or of the
 * sentence before when the damage opens a sentence of its own; when and where the event struck are
 * no part of its name. Sentences written for these tests; none is in the corpus.
 */
import { extractIndicators } from "../../src/core/extract";

const moneyName = (text: string): string | undefined =>
  extractIndicators(text, "vi").find((p) => p.unit.includes("đồng"))?.name;

describe("damage named by the event before it", () => {
  it("takes the event from the sentence before", () => {
    expect(
      moneyName(
        "Trận mưa đá chiều 3/4/2025 tại xã Nà Hang làm 14 nhà bị tốc mái. Thiệt hại ước 1,2 tỷ đồng.",
      ),
    ).toBe("Thiệt hại do trận mưa đá");
  });

  it("still takes the event of its own sentence", () => {
    expect(moneyName("Bão số 5 làm 3 người chết, thiệt hại ước tính 212 tỷ đồng.")).toBe(
      "Thiệt hại do bão số 5",
    );
  });
});
