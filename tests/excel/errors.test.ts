/** Every Office error code the add-in can meet becomes a sentence for the user, in vi and en. */
import { OFFICE_ERROR_CODES, officeText, toChitieuError } from "../../src/excel/errors";
import { RichApiError, type ErrorCode } from "../../src/workbench/excel/errors";
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { checkTable } from "../../src/core/rules";
import { readTable } from "../../src/core/table";

/** The codes named in OFFICE-NOTES §1 and §15 and in issue 11. */
const MET = [
  "ItemNotFound",
  "ItemAlreadyExists",
  "InvalidArgument",
  "InvalidOperation",
  "InvalidOperationInCellEditMode",
  "InvalidReference",
  "ApiNotFound",
  "NotImplemented",
  "GeneralException",
  "RangeExceedsLimit",
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "InvalidObjectPath",
  "InvalidRequestContext",
  "PropertyNotLoaded",
  "OperationCellsExceedLimit",
  "InvalidSelection",
  "UnsupportedSheet",
  "AccessDenied",
  "Conflict",
] as const;

const generic = officeText("SomethingNew");

test.each(MET)("%s has its own sentence in vi and en", (code) => {
  expect(OFFICE_ERROR_CODES).toContain(code);
  const error = toChitieuError(new RichApiError(code as ErrorCode, "host message"));
  expect(error.code).toBe(code);
  expect(error.text).not.toEqual(generic);
  expect(error.text.vi).toMatch(/\p{L}.{20,}\.$/u);
  expect(error.text.en).toMatch(/[A-Za-z].{20,}\.$/);
  expect(error.text.vi).not.toBe(error.text.en);
});

test("a code nobody listed still gets a sentence, and the code is kept for support", () => {
  const error = toChitieuError(new RichApiError("GeneralException", "x"));
  expect(error.code).toBe("GeneralException");
  const unknown = toChitieuError(Object.assign(new Error("x"), { name: "RichApi.Error", code: "Brand_New" }));
  expect(unknown.code).toBe("Brand_New");
  expect(unknown.text).toEqual(generic);
  expect(generic.vi).toContain("Excel");
});

test("the term asked of a table that is not a term table reaches the pane as its own sentence", () => {
  const grid = [
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
    [1, "Doanh nghiệp thành lập mới", "doanh nghiệp", 150, 176],
  ];
  let caught: unknown = null;
  try {
    checkTable(readTable(grid, { convention: "vi" }), { ...DEFAULT_SETTINGS, period: "nhiem_ky" });
  } catch (e) {
    caught = e;
  }
  const error = toChitieuError(caught);
  expect(error.code).toBe("period_mismatch");
  expect(error.text.vi).toContain("không phải bảng theo dõi nhiệm kỳ");
  expect(error.text.en).toContain("not a term table");
});
