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
  invalidRequestContext: "Cannot use the object across different request contexts.",
  payloadTooLarge:
    'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  valueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  notImplemented: "The requested feature isn't implemented.",
} as const;

/** Thrown on reading a property that was not loaded and synced (thrown in the client). */
export function propertyNotLoaded(typeName: string, property: string): RichApiError {
  return new RichApiError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${typeName}.${property}`,
  );
}

export function valueNotLoaded(): RichApiError {
  return new RichApiError("ValueNotLoaded", MESSAGES.valueNotLoaded, "ClientResult.value");
}

export function invalidObjectPath(location: string): RichApiError {
  return new RichApiError(
    "InvalidObjectPath",
    `The object path '${location}' isn't working for what you're trying to do. If you're using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object's lifetime.`,
    location,
  );
}
