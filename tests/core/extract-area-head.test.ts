/**
 * An area of land in hectares named by what was done to it is named by its measure, "Diện tích …";
 * names that say their measure, and bare verbs, are left. Sentences written for these tests; none
 * is in the corpus.
 */
import { withAreaHead } from "../../src/core/extract-area-head";
import { find, read } from "./proposals";

describe("the area head of land in hectares", () => {
  it("names land taken back by its area", () => {
    const got = read("Trong quý III, huyện đã thu hồi 12,7 ha đất để xây dựng khu tái định cư Bắc Sơn.");
    expect(find(got, 12.7)?.name).toMatch(/^Diện tích thu hồi đất/u);
  });

  it("leaves names that say their measure, bare verbs and other units", () => {
    expect(withAreaHead("Diện tích lúa", "ha", "diện tích lúa 120 ha đất")).toBe("Diện tích lúa");
    expect(withAreaHead("Bàn giao", "ha", "bàn giao 12 ha đất")).toBe("Bàn giao");
    expect(withAreaHead("Giao đất", "thửa", "giao 12 thửa đất")).toBe("Giao đất");
    // A label its writer put before the figure stays as written.
    expect(withAreaHead("Giao đất", "ha", "giao đất 12 ha")).toBe("Giao đất");
    expect(withAreaHead("Giao đất", "ha", "giao 12 ha đất")).toBe("Diện tích giao đất");
  });
});
