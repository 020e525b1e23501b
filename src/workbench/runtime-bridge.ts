/**
 * Connects Microsoft's Excel client runtime (`@microsoft/office-js` dist/excel-web-16.00.js,
 * loaded unmodified) to the workbench host the way Excel on Windows and on the Mac connects it:
 * through the runtime's entry for native hosts, `OfficeExtension.HostBridge.init(bridge)` (the
 * object those hosts put on the page as `_richApiNativeBridge` before the runtime loads; read from
 * excel-web-16.00.debug.js: `HostBridge`, `HostBridgeSession`, `HostBridgeRequestExecutor`).
 * - Requests: every `Excel.run` without a URL (the add-in's, as in Excel) gets the local document
 *   and, since a bridge is there, the bridge session, whose executor sends each batch as
 *   `sendMessageToHost('{"id", "type": 1, "flags", "message": {"url": "ProcessQuery",
 *   "method": "POST", "headers", "body"}}')`, the body being the ProcessQuery JSON
 *   (OFFICE-NOTES §15). The host answers with `onMessageFromHost('{"id", "message":
 *   {"statusCode", "headers", "body"}}')`, matched by id.
 * - Events: with a bridge the runtime's event registration is ready at once, and a message
 *   `{"type": 3, "controlId": "", "message": {"entries": [...]}}` reaches the handlers the add-in
 *   registered (runtime-events.ts makes the entries).
 * - `OfficeExtension.CommonUtility._doApiNotSupportedCheck`: the runtime's switch for its own
 *   requirement-set gating (ApiNotFound before anything is sent, asking
 *   `Office.context.requirements`). The file sets it on its `Utility` subclass only, which the
 *   check never reads, so loaded outside Office the gating is off (OFFICE-NOTES §15).
 * GUESS (no native host to compare with): the `type` of a reply (2 here; the runtime matches
 * replies by id only) and an empty `controlId` on events (the runtime's own default).
 * Nothing else of the runtime is touched.
 */
import type { RichApiListener, RichApiMessage } from "./runtime-events";

/** The request inside a bridge message (HostBridgeRequestExecutor's `httpRequestInfo`). */
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

/** What the runtime calls on a native host's bridge, and the callback it sets on it. */
export interface NativeBridge {
  sendMessageToHost(text: string): void;
  onMessageFromHost?: (text: string) => void;
}

/** The part of the runtime's `OfficeExtension` namespace this file uses. */
export interface RuntimeOfficeExtension {
  CommonUtility: { _doApiNotSupportedCheck: boolean };
  HostBridge: { init(bridge: NativeBridge): void };
}

/** The host as the runtime's bridge sees it. */
export interface BridgeHost {
  /** Answers one request of the runtime (ProcessQuery). */
  send(request: RuntimeRequest): Promise<RuntimeReply>;
  /** Receives the host's change events for the runtime. Returns its removal. */
  listen(listener: RichApiListener): () => void;
}

/** Message types of the bridge protocol (HostBridge: 1 request, 3 generic message). */
const REQUEST = 1;
const REPLY = 2;
const EVENT = 3;

/**
 * Makes `host` the native host of the runtime in `officeExtension`: its batches go to `send`, the
 * events `listen` receives go to the add-in's handlers. Returns the removal of the listener.
 */
export function connectRuntime(officeExtension: RuntimeOfficeExtension, host: BridgeHost): () => void {
  const bridge: NativeBridge = {
    sendMessageToHost(text) {
      const message = JSON.parse(text) as { id: number; type: number; message: RuntimeRequest };
      if (message.type !== REQUEST) return;
      void host
        .send(message.message)
        .catch((error: unknown): RuntimeReply => ({
          statusCode: 500,
          headers: {},
          body: JSON.stringify({ error: { code: "GeneralException", message: String(error) } }),
        }))
        .then((reply) => deliver({ id: message.id, type: REPLY, message: reply }));
    },
  };
  // Set by the runtime in HostBridge.init; replies may only arrive after it.
  const deliver = (message: object) => bridge.onMessageFromHost?.(JSON.stringify(message));
  officeExtension.HostBridge.init(bridge);
  officeExtension.CommonUtility._doApiNotSupportedCheck = true;
  return host.listen((message: RichApiMessage) => deliver({ type: EVENT, controlId: "", message }));
}
