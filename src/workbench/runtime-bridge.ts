/**
 * Connects Microsoft's Excel client runtime (`@microsoft/office-js` dist/excel-web-16.00.js,
 * loaded unmodified) to the workbench host, using the runtime's own settings only:
 * - `OfficeExtension.ClientRequestContext.defaultRequestUrlAndHeaders`: the URL every
 *   `Excel.run` without one uses. Any URL other than the local document makes the runtime send
 *   each batch as `POST {url}/ProcessQuery` JSON through its HTTP executor (OFFICE-NOTES §15).
 * - `OfficeExtension.HttpUtility.setCustomSendRequestFunc`: the runtime's switch for that
 *   executor's transport (it otherwise uses fetch or XMLHttpRequest). It is the one hook: the
 *   workbench has no HTTP server, so the request goes to the host as a function call (or, from
 *   the pane's frame, as a message to the workbench page).
 * - `OfficeExtension.CommonUtility._doApiNotSupportedCheck`: the runtime's switch for its own
 *   requirement-set gating (ApiNotFound before anything is sent, asking
 *   `Office.context.requirements`). The file sets it on its `Utility` subclass only, which the
 *   check never reads, so loaded outside Office the gating is off (OFFICE-NOTES §15).
 * Nothing else of the runtime is touched.
 */

/** Never fetched: the transport above answers it in the page. */
export const WORKBENCH_URL = "https://workbench.invalid/excel";

/** The runtime's request as its executor builds it (HttpUtility's request info). */
export interface RuntimeRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface RuntimeReply {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

/** The part of the runtime's `OfficeExtension` namespace this file uses. */
export interface RuntimeOfficeExtension {
  CommonUtility: { _doApiNotSupportedCheck: boolean };
  ClientRequestContext: {
    defaultRequestUrlAndHeaders: { url: string; headers: Record<string, string> } | null;
  };
  HttpUtility: {
    setCustomSendRequestFunc(func: ((request: RuntimeRequest) => Promise<RuntimeReply>) | null): void;
  };
}

/** Sends every batch of the runtime in `officeExtension` to `send`. */
export function connectRuntime(
  officeExtension: RuntimeOfficeExtension,
  send: (request: RuntimeRequest) => Promise<RuntimeReply>,
): void {
  officeExtension.ClientRequestContext.defaultRequestUrlAndHeaders = { url: WORKBENCH_URL, headers: {} };
  officeExtension.HttpUtility.setCustomSendRequestFunc(send);
  officeExtension.CommonUtility._doApiNotSupportedCheck = true;
}
