/**
 * The proxy machinery: a request context with a command queue, proxies whose reads throw until
 * loaded and synced, and ClientResult. Mirrors OfficeExtension's rules (OFFICE-NOTES §1):
 * - property writes and method calls only queue commands; `sync()` applies them in order;
 * - the first failing command rejects the sync; earlier commands stay applied. ASSUMPTION:
 *   Excel's batches are not transactional (no Microsoft statement either way was found);
 * - loads are filled in only when the whole sync succeeds;
 * - a sync whose queued writes exceed 5 MB (JSON size) fails before anything is applied.
 */
import type { WorkbookState } from "../state";
import { StateError } from "../state";
import {
  MESSAGES,
  RichApiError,
  invalidObjectPath,
  propertyNotLoaded,
  valueNotLoaded,
  type ErrorCode,
} from "./errors";
import { API_NOT_FOUND_MESSAGE, compareVersions, requiredVersion } from "./requirements";

/** Excel on the web's request size cap. */
export const REQUEST_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** One queued command. `run` applies it; a returned function is a load to commit on success. */
export interface Command {
  kind: "write" | "read";
  /** "Range.values" style, for debugInfo.errorLocation. */
  location: string;
  /** "range.values=...;" style, for debugInfo.statement. */
  statement: string;
  /** Estimated JSON size of what the command sends. */
  size: number;
  owner: ClientObject;
  run: () => (() => void) | void;
  /** The ProcessQuery action that queued it (set by the workbench host). */
  tag?: number;
}

/** The JSON size of a value, as an estimate of what a request would carry. */
export function jsonSize(value: unknown): number {
  try {
    return JSON.stringify(value ?? null).length;
  } catch {
    return 0;
  }
}

function toRichError(error: unknown, cmd: Command): RichApiError {
  if (error instanceof RichApiError) return error;
  if (error instanceof StateError) {
    const messages: Record<StateError["code"], string> = {
      ItemNotFound: MESSAGES.itemNotFound,
      ItemAlreadyExists: MESSAGES.itemAlreadyExists,
      InvalidArgument: MESSAGES.invalidArgument,
      InvalidReference: MESSAGES.invalidReference,
      InvalidOperation: MESSAGES.invalidOperation,
      InvalidSelection: error.message,
      AccessDenied: MESSAGES.accessDenied,
    };
    return new RichApiError(error.code, messages[error.code], cmd.location, cmd.statement);
  }
  const text = error instanceof Error ? error.message : String(error);
  return new RichApiError(
    "GeneralException",
    `There was an internal error while processing the request. (${text})`,
    cmd.location,
    cmd.statement,
    500,
  );
}

/** `context.trackedObjects`. */
export class TrackedObjects {
  private readonly set = new Set<ClientObject>();

  add(objects: ClientObject | ClientObject[]): void {
    for (const o of Array.isArray(objects) ? objects : [objects]) this.set.add(o);
  }

  remove(objects: ClientObject | ClientObject[]): void {
    for (const o of Array.isArray(objects) ? objects : [objects]) this.set.delete(o);
  }

  has(object: ClientObject): boolean {
    return this.set.has(object);
  }
}

/** The queue-and-sync half of Excel.RequestContext (the workbook is added in context.ts). */
export class RequestContextCore {
  readonly trackedObjects = new TrackedObjects();
  /** `context.runtime.enableEvents` (1.8); stored only, the workbench raises no events. */
  readonly runtime = { enableEvents: true };
  private queue: Command[] = [];
  private run = 0;
  /** Stamped on queued commands, so the host can name the action that failed. */
  currentTag: number | undefined;
  /** The tag of the command that failed the last sync. */
  failedTag: number | undefined;

  /**
   * @param excelApi the highest ExcelApi set this Excel supports: a command needing more fails
   *   with ApiNotFound at sync, as an older Excel would
   */
  constructor(
    readonly state: WorkbookState,
    readonly excelApi = "1.18",
  ) {}

  /** Which Excel.run this context is in; proxies made in an earlier run must be tracked. */
  get currentRun(): number {
    return this.run;
  }

  /** Starts an Excel.run on this context. */
  beginRun(): void {
    this.run++;
  }

  enqueue(cmd: Command): void {
    this.queue.push(this.currentTag === undefined ? cmd : { ...cmd, tag: this.currentTag });
  }

  /**
   * True when a proxy may still be used in this run: made in this run, tracked, the workbook,
   * or a navigation property (range.format) of a live proxy. Proxies returned by methods have
   * no parent here, so they need tracking to outlive their Excel.run.
   */
  isAlive(object: ClientObject): boolean {
    if (object._isRoot() || object._runId === this.run || this.trackedObjects.has(object)) return true;
    return object._parent !== null && this.isAlive(object._parent);
  }

  /** Sends the queue: applies commands in order, then fills in loads. */
  async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    this.state.recordSync();
    const size = queue.reduce((n, c) => n + (c.kind === "write" ? c.size : 0), 0);
    if (size > REQUEST_PAYLOAD_LIMIT) {
      throw new RichApiError(
        "RequestPayloadSizeLimitExceeded",
        MESSAGES.payloadTooLarge,
        queue[0]?.location,
        undefined,
        413,
      );
    }
    const commits: Array<() => void> = [];
    let failure: RichApiError | null = null;
    this.failedTag = undefined;
    const apply = (): void => {
      for (const cmd of queue) {
        try {
          if (!this.isAlive(cmd.owner)) throw invalidObjectPath(cmd.location);
          if (compareVersions(this.excelApi, requiredVersion(cmd.location)) < 0) {
            throw new RichApiError("ApiNotFound", API_NOT_FOUND_MESSAGE, cmd.location, cmd.statement, 404);
          }
          const commit = cmd.run();
          if (commit) commits.push(commit);
        } catch (error) {
          failure = toRichError(error, cmd);
          this.failedTag = cmd.tag;
          return;
        }
      }
    };
    if (queue.some((c) => c.kind === "write")) this.state.batch("api", apply);
    else apply();
    await Promise.resolve();
    if (failure) throw failure;
    for (const commit of commits) commit();
  }
}

/** OfficeExtension.ClientResult: `value` throws ValueNotLoaded until the sync. */
export class ClientResult<T> {
  private loaded = false;
  private result: T | undefined;

  get value(): T {
    if (!this.loaded) throw valueNotLoaded();
    return this.result as T;
  }

  /** Called by the sync that computed it. */
  _set(value: T): void {
    this.result = value;
    this.loaded = true;
  }
}

/** What `load()` accepts. */
export type LoadSpec = string | string[] | { select?: string; expand?: string } | { [key: string]: unknown };

/** Turns any load() argument into "a/b/c" paths. */
export function loadPaths(spec: LoadSpec | undefined): string[] {
  if (spec === undefined) return [];
  if (typeof spec === "string")
    return spec
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
  if (Array.isArray(spec)) return spec.flatMap((s) => loadPaths(s));
  if (typeof spec.select === "string" || typeof spec.expand === "string") {
    return [
      ...loadPaths(typeof spec.select === "string" ? spec.select : undefined),
      ...loadPaths(typeof spec.expand === "string" ? spec.expand : undefined),
    ];
  }
  const out: string[] = [];
  for (const [k, v] of Object.entries(spec)) {
    if (k === "$all" && v === true) out.push("*");
    else if (v === true) out.push(k);
    else if (v && typeof v === "object") {
      const inner = loadPaths(v as { [key: string]: unknown });
      out.push(...(inner.length === 0 ? [k] : inner.map((p) => `${k}/${p}`)));
    }
  }
  return out;
}

/** Base of every proxy (OfficeExtension.ClientObject). */
export abstract class ClientObject {
  readonly _runId: number;
  /** Loaded (or locally set) property values. */
  protected readonly _props = new Map<string, unknown>();
  /** Set by the sync for *OrNullObject proxies. */
  _isNull = false;
  private _nullKnown = false;

  protected constructor(
    readonly _core: RequestContextCore,
    readonly _parent: ClientObject | null,
    readonly _typeName: string,
  ) {
    this._runId = _core.currentRun;
  }

  /** The workbook overrides this: it lives as long as its context. */
  _isRoot(): boolean {
    return false;
  }

  get context(): RequestContextCore {
    return this._core;
  }

  /** For *OrNullObject proxies, filled in at sync; plain proxies are never null. */
  get isNullObject(): boolean {
    if (!this._nullKnown) throw propertyNotLoaded(this._typeName, "isNullObject");
    return this._isNull;
  }

  /** Scalar properties, loaded by a bare `load()` and by "*". */
  protected abstract _scalars(): readonly string[];

  /** The current value of a scalar property, computed from the state at sync. */
  protected abstract _read(name: string): unknown;

  /** Navigation properties ("format" on Range) for "format/fill/color" paths. */
  protected _child(_name: string): ClientObject | undefined {
    return undefined;
  }

  /** Queues loads; values are readable after the next successful sync. */
  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    const list = paths.length === 0 ? ["*"] : paths;
    this._enqueue("read", "load", `${this._varName()}.load(${JSON.stringify(list.join(","))});`, 0, () =>
      this._collect(list),
    );
    return this;
  }

  /**
   * Reads "a", "b/c" paths now (inside a sync) and returns how to commit them: own scalars
   * here, the rest through navigation children. Unknown names fail the sync.
   */
  _collect(paths: string[]): () => void {
    const own = new Set<string>();
    const nested = new Map<string, string[]>();
    for (const path of paths) {
      const [head = "", ...rest] = path.split("/");
      if (head === "*") for (const s of this._scalars()) own.add(s);
      else if (rest.length === 0 && this._scalars().includes(head)) own.add(head);
      else {
        const list = nested.get(head) ?? [];
        list.push(rest.length === 0 ? "*" : rest.join("/"));
        nested.set(head, list);
      }
    }
    const commits: Array<() => void> = [];
    for (const [head, rest] of nested) {
      const child = this._child(head);
      if (!child)
        throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, `${this._typeName}.${head}`);
      commits.push(child._collect(rest));
    }
    if (own.size > 0 && !this._isNull) {
      const values = [...own].map((n) => [n, this._read(n)] as const);
      commits.push(() => {
        for (const [n, v] of values) this._props.set(n, v);
      });
    }
    return () => commits.forEach((c) => c());
  }

  /** Sets several properties at once; nested objects go to navigation children. */
  set(properties: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(properties)) {
      const child = this._child(k);
      if (child && v && typeof v === "object" && !Array.isArray(v)) child.set(v as Record<string, unknown>);
      else (this as unknown as Record<string, unknown>)[k] = v;
    }
  }

  /** For the workbench host: a value this proxy holds after the sync. */
  _hostValue(name: string): unknown {
    return this._props.get(name);
  }

  /** For the workbench host: the scalar names a bare load() reads. */
  _hostScalars(): readonly string[] {
    return this._scalars();
  }

  /** For the workbench host: a navigation property by name. */
  _hostChild(name: string): ClientObject | undefined {
    return this._child(name);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._props);
  }

  /** Keeps this proxy usable across Excel.run calls. */
  track(): this {
    this._core.trackedObjects.add(this);
    return this;
  }

  untrack(): this {
    this._core.trackedObjects.remove(this);
    return this;
  }

  /** Property read: throws PropertyNotLoaded unless loaded (or set) and synced. */
  protected _get<T>(name: string): T {
    if (this._props.has(name)) return this._props.get(name) as T;
    if (this._isNull) return undefined as T;
    throw propertyNotLoaded(this._typeName, name);
  }

  /** Property write: the proxy keeps the value (as Office.js does); the state changes at sync. */
  protected _set(name: string, value: unknown, apply: () => void): void {
    this._props.set(name, value);
    this._enqueue("write", name, `${this._varName()}.${name}=...;`, jsonSize(value), () => {
      if (!this._isNull) apply();
    });
  }

  /** Method call, applied at sync. */
  protected _call(name: string, args: unknown[], apply: () => void): void {
    this._enqueue("write", name, `${this._varName()}.${name}(...);`, jsonSize(args), () => {
      if (!this._isNull) apply();
    });
  }

  /** A method returning a ClientResult, computed in queue order. */
  protected _result<T>(name: string, compute: () => T): ClientResult<T> {
    const result = new ClientResult<T>();
    this._enqueue("read", name, `${this._varName()}.${name}();`, 0, () => {
      const value = compute();
      return () => result._set(value);
    });
    return result;
  }

  /** For *OrNullObject proxies: decides `isNullObject` in queue order. */
  protected _checkNull(exists: () => boolean): void {
    this._enqueue("read", "isNullObject", `${this._varName()}.isNullObject;`, 0, () => {
      this._isNull = !exists();
      return () => {
        this._nullKnown = true;
      };
    });
  }

  /** Refuses proxies from another context, as the client runtime does. */
  protected _sameContext(other: ClientObject): void {
    if (other._core !== this._core)
      throw new RichApiError("InvalidRequestContext", MESSAGES.invalidRequestContext);
  }

  protected _enqueue(
    kind: Command["kind"],
    member: string,
    statement: string,
    size: number,
    run: Command["run"],
  ): void {
    this._core.enqueue({ kind, location: `${this._typeName}.${member}`, statement, size, owner: this, run });
  }

  protected _varName(): string {
    return this._typeName.charAt(0).toLowerCase() + this._typeName.slice(1);
  }
}

/** Creates a RichApiError for a failing command (used by proxies that check arguments). */
export function apiError(code: ErrorCode, message: string, location: string): RichApiError {
  return new RichApiError(code, message, location);
}

/**
 * A collection proxy: `items` is filled by loading "items", "items/name" or just "name"
 * (Office.js reads a collection's unknown names as item properties).
 */
export abstract class ClientCollection<T extends ClientObject> extends ClientObject {
  /** Proxies for the items as they are now (called inside a sync). */
  protected abstract _enumerate(): T[];

  get items(): T[] {
    return this._get<T[]>("items");
  }

  /** For the workbench host: the items as they are now (GetItemAt from the runtime). */
  _hostItems(): T[] {
    return this._enumerate();
  }

  protected _scalars(): readonly string[] {
    return [];
  }

  protected _read(name: string): unknown {
    throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, `${this._typeName}.${name}`);
  }

  override _collect(paths: string[]): () => void {
    const own = paths.filter((p) => this._scalars().includes(p));
    const itemPaths = paths
      .filter((p) => !this._scalars().includes(p))
      .map((p) => (p === "items" || p === "*" ? "*" : p.startsWith("items/") ? p.slice(6) : p));
    const ownCommit = super._collect(own);
    if (itemPaths.length === 0) return ownCommit;
    const items = this._isNull ? [] : this._enumerate();
    const commits = items.map((item) => item._collect(itemPaths));
    return () => {
      ownCommit();
      commits.forEach((c) => c());
      this._props.set("items", items);
    };
  }
}
