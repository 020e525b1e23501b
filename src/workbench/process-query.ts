/**
 * The workbench as the host of Microsoft's Excel client runtime: it answers the runtime's
 * ProcessQuery JSON (OFFICE-NOTES §15; sent over the runtime's host bridge, runtime-bridge.ts)
 * from the in-memory WorkbookState.
 *
 * Each request is interpreted over the host's object model (./excel): an ObjectPath becomes a
 * getter, method or indexer call, an action an assignment, a method call or a read, each applied
 * at once, in order, stopping at the first failure (ASSUMPTION, OFFICE-NOTES §1: batches are not
 * transactional). Replies use the runtime's shapes: PascalCase names, `_Items`, `_ReferenceId`.
 */
import type { WorkbookState } from "./state";
import { HostCollection, HostCore, HostObject, HostResult, toRichError } from "./excel/client";
import { MESSAGES, RichApiError } from "./excel/errors";
import { Workbook } from "./excel/workbook";
import { Worksheet } from "./excel/worksheet";
import {
  PAYLOAD_LIMIT,
  RESPONSE_PAYLOAD_MESSAGE,
  REQUEST_PAYLOAD_MESSAGE,
  assertArgumentKinds,
  overLimit,
  unknownProperty,
} from "./host-rules";
import { WORKBOOK_TARGET, isEventRegistration, type RuntimeEventHost } from "./runtime-events";

/** The runtime's action and object-path types (OFFICE-NOTES §15). */
const ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4, trace: 5 } as const;
const PATH = { global: 1, method: 3, property: 4, indexer: 5, referenceId: 6 } as const;

interface ArgumentInfo {
  Arguments?: unknown[];
  ReferencedObjectPathIds?: Array<number | null>;
}

interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}

interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

export interface ProcessQueryBody {
  Actions?: ActionInfo[];
  ObjectPaths?: Record<string, ObjectPathInfo>;
}

export interface ProcessQueryError {
  Code: string;
  Message: string;
  HttpStatusCode: number;
  ActionIndex?: number;
  Location?: string;
}

export interface ProcessQueryReply {
  Results: Array<{ ActionId: number; Value: unknown }>;
  /** Trace actions reached; the runtime registers event handlers on them (runtime-events.ts). */
  TraceIds?: number[];
  Error?: ProcessQueryError;
}

/** What the runtime's request executor gets back (HttpUtility's response shape). */
export interface HttpReply {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Wire names the runtime's hand-written customizations send instead of the property's own
 * (excel-web-16.00.debug.js `_CC.Worksheet_ShowGridlines_Set`, `…ShowHeadings_Set`).
 */
const WIRE_ALIASES: Record<string, string> = { Gridlines: "showGridlines", Headings: "showHeadings" };

/** "GetRange" → "getRange"; "Values" → "values". */
function camel(name: string): string {
  return WIRE_ALIASES[name] ?? name.charAt(0).toLowerCase() + name.slice(1);
}

/** "values" → "Values", the runtime's `originalName` of a property. */
function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** A member the host does not have: the runtime asked for something the workbench lacks. */
function notImplemented(location: string): RichApiError {
  return new RichApiError(
    "NotImplemented",
    `${MESSAGES.notImplemented} (workbench host: ${location})`,
    location,
  );
}

/** The host's root: it lives as long as the host, because references outlive requests. */
class HostContext extends HostCore {
  readonly workbook = new Workbook(this);
}

/** Reads the values of `object` for a Query's select paths now, in the runtime's shape. */
function serialize(object: HostObject, paths: string[]): Record<string, unknown> | null {
  if (object._isNull) return null;
  const scalars = object._hostScalars();
  const out: Record<string, unknown> = {};
  if (object instanceof HostCollection) {
    const itemPaths = paths
      .filter((p) => !scalars.includes(p))
      .map((p) => (p === "items" || p === "*" ? "*" : p.startsWith("items/") ? p.slice(6) : p));
    for (const p of paths) if (scalars.includes(p)) out[pascal(p)] = object._hostValue(p);
    if (itemPaths.length > 0) {
      const items = object._hostItems() as HostObject[];
      out._Items = items.map((item) => serialize(item, itemPaths));
    }
    return out;
  }
  const nested = new Map<string, string[]>();
  for (const path of paths) {
    const [head = "", ...rest] = path.split("/");
    if (head === "*") {
      for (const s of scalars) out[pascal(s)] = object._hostValue(s);
    } else if (rest.length === 0 && scalars.includes(head)) {
      out[pascal(head)] = object._hostValue(head);
    } else {
      const list = nested.get(head) ?? [];
      list.push(rest.length === 0 ? "*" : rest.join("/"));
      nested.set(head, list);
    }
  }
  for (const [head, rest] of nested) {
    const child = object._hostChild(head);
    if (!child) throw toRichError(unknownProperty(), `${object._typeName}.${head}`);
    out[pascal(head)] = serialize(child, rest);
  }
  return out;
}

/** The paths a Query loads: Select plus Expand (a navigation property with all its scalars). */
function queryPaths(info: ActionInfo["QueryInfo"]): string[] {
  const paths = [...(info?.Select ?? []), ...(info?.Expand ?? [])];
  return paths.length === 0 ? ["*"] : paths;
}

/** One request's interpretation: object paths resolved once each, in action order. */
class Request {
  private readonly objects = new Map<number, unknown>();
  private readonly kept = new Set<number>();
  private readonly finish: Array<() => { ActionId: number; Value: unknown } | null> = [];
  /** Trace actions queued, with their index in the request. */
  readonly traces: Array<{ index: number; id: number }> = [];

  constructor(
    private readonly host: ProcessQueryHost,
    private readonly paths: Record<string, ObjectPathInfo>,
  ) {}

  /** Resolves an object path (evaluated once per request: `add` must not run twice). */
  object(id: number): unknown {
    if (this.objects.has(id)) return this.objects.get(id);
    const info = this.paths[String(id)];
    if (!info) throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, `ObjectPath ${id}`);
    const value = this.evaluate(info);
    this.objects.set(id, value);
    return value;
  }

  private parent(info: ObjectPathInfo): Record<string, unknown> {
    if (info.ParentObjectPathId === undefined)
      throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, info.Name);
    return this.object(info.ParentObjectPathId) as Record<string, unknown>;
  }

  arguments(info: ArgumentInfo | undefined): unknown[] {
    const args = [...(info?.Arguments ?? [])];
    info?.ReferencedObjectPathIds?.forEach((ref, i) => {
      if (ref) args[i] = this.object(ref);
    });
    // The runtime sends an omitted optional argument as null; the host's methods take undefined.
    while (args.length > 0 && args[args.length - 1] === null) args.pop();
    return args;
  }

  private evaluate(info: ObjectPathInfo): unknown {
    switch (info.ObjectPathType) {
      case PATH.global:
        return this.host.context.workbook;
      case PATH.referenceId: {
        const kept = this.host.references.get(info.Name);
        if (!kept)
          throw new RichApiError("InvalidObjectPath", MESSAGES.invalidArgument, `ReferenceId ${info.Name}`);
        return kept;
      }
      case PATH.property: {
        const parent = this.parent(info);
        const name = camel(info.Name);
        if (!(name in parent)) throw notImplemented(`${typeName(parent)}.${name}`);
        return parent[name];
      }
      case PATH.indexer:
        return this.call(this.parent(info), "getItem", this.arguments(info.ArgumentInfo));
      case PATH.method:
        return this.call(this.parent(info), camel(info.Name), this.arguments(info.ArgumentInfo));
      default:
        throw notImplemented(`ObjectPathType ${info.ObjectPathType}`);
    }
  }

  /** Calls a member of a host object; GetItemAt of a collection falls back to its items. */
  call(target: Record<string, unknown>, name: string, args: unknown[]): unknown {
    const location = `${typeName(target)}.${name}`;
    try {
      assertArgumentKinds(location, args, false);
    } catch (error) {
      throw toRichError(error, location);
    }
    const member = target[name];
    if (typeof member === "function") return (member as (...a: unknown[]) => unknown).apply(target, args);
    if (name === "getItemAt" && target instanceof HostCollection) {
      const item = target._hostItems()[Number(args[0])];
      if (!item)
        throw new RichApiError("ItemNotFound", MESSAGES.itemNotFound, `${typeName(target)}.getItemAt`);
      return item;
    }
    throw notImplemented(`${typeName(target)}.${name}`);
  }

  /** Queues one action on the host-side objects; what it returns is read after the sync. */
  apply(action: ActionInfo, index: number): void {
    const id = action.Id;
    switch (action.ActionType) {
      case ACTION.instantiate: {
        const object = this.object(action.ObjectPathId);
        const pathId = action.ObjectPathId;
        this.finish.push(() => ({ ActionId: id, Value: this.instantiated(object, pathId) }));
        return;
      }
      case ACTION.query: {
        const object = this.object(action.ObjectPathId);
        if (!(object instanceof HostObject)) throw notImplemented(`Query on ${typeName(object)}`);
        // Read at the action's place in the request: later actions of the batch do not show.
        const value = serialize(object, queryPaths(action.QueryInfo));
        this.finish.push(() => ({ ActionId: id, Value: value }));
        return;
      }
      case ACTION.method: {
        if (action.Name === "_KeepReference") {
          this.kept.add(action.ObjectPathId);
          this.object(action.ObjectPathId);
          return;
        }
        const target = this.object(action.ObjectPathId) as Record<string, unknown>;
        const args = this.arguments(action.ArgumentInfo);
        if (action.Name === "_RemoveReference") {
          this.host.release(String(args[0]));
          return;
        }
        const events = this.host.events;
        if (events && isEventRegistration(action.Name)) {
          // Starts or stops change events for the sheet or all sheets (runtime-events.ts), in
          // action order: a write later in this batch is already heard.
          events.registration(
            action.Name,
            target instanceof Worksheet ? target._sheetState().id : WORKBOOK_TARGET,
          );
          this.finish.push(() => ({ ActionId: id, Value: null }));
          return;
        }
        const result = this.call(target, camel(action.Name), args);
        const value = result instanceof HostResult ? (result.value as unknown) : null;
        this.finish.push(() => ({ ActionId: id, Value: value }));
        return;
      }
      case ACTION.setProperty: {
        const target = this.object(action.ObjectPathId) as Record<string, unknown>;
        const name = camel(action.Name);
        const [value] = this.arguments(action.ArgumentInfo);
        if (!(name in target)) throw notImplemented(`${typeName(target)}.${name}`);
        try {
          assertArgumentKinds(`${typeName(target)}.${name}`, [value], true);
          target[name] = value;
        } catch (error) {
          throw toRichError(error, `${typeName(target)}.${name}`);
        }
        return;
      }
      case ACTION.trace:
        // Reached: the runtime runs its trace-marker callbacks (event handler registration) on
        // this action's result and reads `TraceIds` for pending handlers and trace messages.
        this.traces.push({ index, id });
        this.finish.push(() => ({ ActionId: id, Value: null }));
        return;
      default:
        throw notImplemented(`ActionType ${action.ActionType}`);
    }
  }

  /** An Instantiate's value: null for a null object, else the reference id if it is kept. */
  private instantiated(object: unknown, pathId: number): unknown {
    if (object instanceof HostObject && object._isNull) return null;
    if (!this.kept.has(pathId)) return {};
    let refId = this.host.referenceIds.get(object);
    if (refId === undefined) {
      refId = `ref:${++this.host.lastReference}`;
      this.host.referenceIds.set(object, refId);
      this.host.references.set(refId, object);
    }
    return { _ReferenceId: refId };
  }

  results(): Array<{ ActionId: number; Value: unknown }> {
    return this.finish.map((f) => f()).filter((r): r is { ActionId: number; Value: unknown } => r !== null);
  }
}

function typeName(value: unknown): string {
  return value instanceof HostObject ? value._typeName : typeof value;
}

function errorOf(error: unknown, actionIndex: number | undefined): ProcessQueryError {
  const rich = toRichError(error);
  return {
    Code: rich.code,
    Message: rich.message,
    HttpStatusCode: rich.httpStatusCode,
    ...(actionIndex !== undefined ? { ActionIndex: actionIndex } : {}),
    ...(rich.debugInfo.errorLocation !== undefined ? { Location: rich.debugInfo.errorLocation } : {}),
  };
}

/** The trace actions before the failing action `failed` (all of them when nothing failed). */
function traceIds(request: Request, failed: number | undefined): { TraceIds?: number[] } {
  const ids = request.traces.filter((t) => failed === undefined || t.index < failed).map((t) => t.id);
  return ids.length > 0 ? { TraceIds: ids } : {};
}

/** The host: one per workbook; the context and the references live across requests. */
export class ProcessQueryHost {
  readonly context: HostContext;
  readonly references = new Map<string, unknown>();
  readonly referenceIds = new Map<unknown, string>();
  lastReference = 0;
  /** Where `_Register…Event` methods go; without it they are NotImplemented. */
  events: RuntimeEventHost | null = null;

  constructor(readonly state: WorkbookState) {
    // Requirement sets are the client runtime's check (its API-set gating), so the host
    // answers every member it has.
    this.context = new HostContext(state);
  }

  release(refId: string): void {
    this.referenceIds.delete(this.references.get(refId));
    this.references.delete(refId);
  }

  /** Requests that only released references (see `process`). */
  cleanupRequests = 0;

  /**
   * Answers one ProcessQuery body; each counts as one sync of the workbook, except the request
   * Excel.run sends after the batch, unawaited, to release the references it kept
   * (`_RemoveReference` only): it adds no wait to a command, and its timing is the runtime's.
   */
  async process(body: ProcessQueryBody): Promise<ProcessQueryReply> {
    const request = new Request(this, body.ObjectPaths ?? {});
    const actions = body.Actions ?? [];
    const releases = actions.filter((a) => a.Name === "_RemoveReference");
    if (
      releases.length > 0 &&
      actions.every((a) => a.Name === "_RemoveReference" || a.ActionType === ACTION.instantiate)
    ) {
      for (const a of releases) this.release(String(a.ArgumentInfo?.Arguments?.[0]));
      this.cleanupRequests++;
      return { Results: [] };
    }
    const ctx = this.context;
    this.state.recordSync();
    ctx.wrote = false;
    let failed: { error: unknown; index: number } | null = null;
    // One change for the workbook's listeners when the request wrote anything.
    this.state.batch(
      "api",
      () => {
        for (let i = 0; i < actions.length; i++) {
          try {
            request.apply(actions[i] as ActionInfo, i);
          } catch (error) {
            // The actions before it stay applied, as on a host that applies them one by one.
            failed = { error, index: i };
            return;
          }
        }
      },
      () => ctx.wrote,
    );
    await Promise.resolve();
    if (failed) {
      const { error, index } = failed as { error: unknown; index: number };
      return { Results: [], ...traceIds(request, index), Error: errorOf(error, index) };
    }
    return { Results: request.results(), ...traceIds(request, undefined) };
  }

  /** The runtime's HTTP request in, its HTTP response out; applies the 5 MB caps. */
  async handle(request: { url: string; body?: unknown }): Promise<HttpReply> {
    const headers = { "content-type": "application/json" };
    const text = typeof request.body === "string" ? request.body : JSON.stringify(request.body ?? {});
    if (overLimit(text, PAYLOAD_LIMIT)) {
      const error = { code: "RequestPayloadSizeLimitExceeded", message: REQUEST_PAYLOAD_MESSAGE };
      return { statusCode: 413, headers, body: JSON.stringify({ error }) };
    }
    const reply = await this.process(JSON.parse(text) as ProcessQueryBody);
    const out = JSON.stringify(reply);
    if (overLimit(out, PAYLOAD_LIMIT)) {
      const Error: ProcessQueryError = {
        Code: "ResponsePayloadSizeLimitExceeded",
        Message: RESPONSE_PAYLOAD_MESSAGE,
        HttpStatusCode: 413,
      };
      return { statusCode: 200, headers, body: JSON.stringify({ Results: [], Error }) };
    }
    return { statusCode: 200, headers, body: out };
  }
}
