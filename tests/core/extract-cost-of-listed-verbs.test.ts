/**
 * "N người được A, B và C, D với tổng kinh phí …": the cost is of the whole phrase of the count before
 * it, whose verbs are listed with commas (a comma there parts no clause). Sentences written for
 * these tests.
 */
import { read } from "./proposals";

describe("the cost of a count's phrase with its verbs listed", () => {
  it("names the cost by the count's phrase, not by its bare unit", () => {
    const money = read(
      "Năm nay 846 hội viên khó khăn được tập huấn, hỗ trợ giống và vay vốn, thăm hỏi với tổng kinh phí 1.520 triệu đồng.",
    ).find((p) => p.unit === "triệu đồng");
    expect(money?.actual).toBe(1520);
    expect(money?.name).toMatch(/^Tổng kinh phí .*hội viên khó khăn/u);
  });

  it("keeps a clause after a semicolon named by its own phrase", () => {
    const money = read("Sửa chữa 12 phòng học; mua sắm bàn ghế, thiết bị với kinh phí 640 triệu đồng.").find(
      (p) => p.unit === "triệu đồng",
    );
    expect(money?.name).not.toMatch(/phòng học/u);
  });
});
