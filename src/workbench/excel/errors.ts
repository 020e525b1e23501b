/**
 * Errors shaped like the Office.js runtime's (OFFICE-NOTES §1): class OfficeExtension.Error,
 * whose `name` at runtime is "RichApi.Error", with `code`, `httpStatusCode`, `debugInfo`.
 */

/** Codes the workbench raises (Excel.ErrorCodes plus the runtime's own). */
export type ErrorCode =
  | "PropertyNotLoaded"
  | "ValueNotLoaded"
  | "InvalidArgument"
  | "InvalidReference"
  | "InvalidOperation"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidSelection"
  | "AccessDenied"
  | "InvalidObjectPath"
  | "InvalidRequestContext"
  | "RequestPayloadSizeLimitExceeded"
  | "NotImplemented"
  | "ApiNotFound"
  | "GeneralException";

export interface DebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
  surroundingStatements?: string[];
}

/** The class add-in code checks with `instanceof OfficeExtension.Error`. */
export class RichApiError extends Error {
  readonly code: string;
  readonly httpStatusCode: number;
  readonly debugInfo: DebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: RichApiError | null = null;

  constructor(code: ErrorCode, message: string, location?: string, statement?: string, httpStatusCode = 400) {
    super(message);
    // The runtime's name, although the docs say "OfficeExtension.Error" (OFFICE-NOTES §1).
    this.name = "RichApi.Error";
    this.code = code;
    this.httpStatusCode = httpStatusCode;
    this.debugInfo = {
      code,
      message,
      ...(location !== undefined ? { errorLocation: location } : {}),
      ...(statement !== undefined ? { statement, surroundingStatements: [statement] } : {}),
    };
  }

  override toString(): string {
    return `${this.name}: ${this.code}: ${this.message}`;
  }
}

/** Messages as the en-US runtime and host write them. */
export const MESSAGES = {
  invalidArgument: "The argument is invalid or missing or has an incorrect format.",
  shapeMismatch:
    "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
  itemNotFound: "The requested resource doesn't exist.",
  itemAlreadyExists: "A resource with the same name or identifier already exists.",
  invalidReference: "This reference isn't valid for the current operation.",
  invalidOperation: "The operation is invalid for the object.",
  invalidSelection: "The current selection is invalid for this operation.",
  accessDenied: "You cannot perform the requested operation.",
  notImplemented: "The requested feature isn't implemented.",
} as const;
