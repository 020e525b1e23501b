import { formatTime, parseLastCommand } from "../../src/taskpane/lastCommand";

describe("parseLastCommand", () => {
  const record = {
    command: "compute",
    at: "2021-12-20T08:30:00.000Z",
    ok: true,
    text: { vi: "Đạt và vượt 6/14 chỉ tiêu.", en: "x" },
  };

  it("reads the record as an object or as its JSON text", () => {
    expect(parseLastCommand(record)).toEqual(record);
    expect(parseLastCommand(JSON.stringify(record))).toEqual(record);
  });

  it("ignores anything else", () => {
    expect(parseLastCommand(null)).toBeNull();
    expect(parseLastCommand("not json")).toBeNull();
    expect(parseLastCommand({ ...record, command: "format" })).toBeNull();
    expect(parseLastCommand({ ...record, text: "Đạt" })).toBeNull();
    expect(parseLastCommand({ ...record, ok: "yes" })).toBeNull();
  });

  it("shows a bad time as it was stored", () => {
    expect(formatTime("yesterday", "vi")).toBe("yesterday");
    expect(formatTime(record.at, "en")).toMatch(/2021|21/);
  });
});
