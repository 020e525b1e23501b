/**
 * The host's object model base: the objects a ProcessQuery request's ObjectPaths resolve to
 * (process-query.ts). There is no client half here: Microsoft's Excel client runtime builds,
 * checks and queues the batches (PropertyNotLoaded, InvalidObjectPath, tracked objects, API-set
 * gating are its job); the host applies each action at once, in request order, on the
 * in-memory workbook, and reads properties when a Query action asks for them.
 */
import type { WorkbookState } from "../state";
import { StateError } from "../state";
import { MESSAGES, RichApiError } from "./errors";

/** Any failure as the RichApi error a host reply carries, located at "Type.member". */
export function toRichError(error: unknown, location?: string): RichApiError {
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
    return new RichApiError(error.code, messages[error.code], location);
  }
  const text = error instanceof Error ? error.message : String(error);
  return new RichApiError(
    "GeneralException",
    `There was an internal error while processing the request. (${text})`,
    location,
    undefined,
    500,
  );
}

/** What every host object shares: the workbook state, and whether a request wrote to it. */
export class HostCore {
  /** Set by a property write or a method with effects; the host batches such requests. */
  wrote = false;

  constructor(readonly state: WorkbookState) {}
}

/** The value of a method that returns a scalar (a `ClientResult` on the client side). */
export class HostResult<T> {
  constructor(readonly value: T) {}
}

/** Base of every host object. */
export abstract class HostObject {
  /** True for an `…OrNullObject` whose target does not exist (decided when it is resolved). */
  _isNull = false;

  protected constructor(
    readonly _core: HostCore,
    readonly _parent: HostObject | null,
    readonly _typeName: string,
  ) {}

  /** Scalar properties: what a Query with no Select, or with "*", returns. */
  protected abstract _scalars(): readonly string[];

  /** The current value of a scalar property, read from the state. */
  protected abstract _read(name: string): unknown;

  /** Navigation properties ("format" on Range) for "format/fill/color" paths. */
  protected _child(_name: string): HostObject | undefined {
    return undefined;
  }

  /** For process-query: a scalar's value now. */
  _hostValue(name: string): unknown {
    return this._read(name);
  }

  /** For process-query: the scalar names a bare Query reads. */
  _hostScalars(): readonly string[] {
    return this._scalars();
  }

  /** For process-query: a navigation property by name. */
  _hostChild(name: string): HostObject | undefined {
    return this._child(name);
  }

  /** A scalar read through its property (the host's own getters). */
  protected _get<T>(name: string): T {
    return (this._isNull ? undefined : this._read(name)) as T;
  }

  /** A property write, applied now; a null object takes it and does nothing (unverified on Excel). */
  protected _set(name: string, _value: unknown, apply: () => void): void {
    this._apply(name, apply);
  }

  /** A method with effects, applied now. */
  protected _call(name: string, _args: unknown[], apply: () => void): void {
    this._apply(name, apply);
  }

  /** A method that returns a scalar, computed now. */
  protected _result<T>(name: string, compute: () => T): HostResult<T> {
    try {
      return new HostResult(compute());
    } catch (error) {
      throw toRichError(error, `${this._typeName}.${name}`);
    }
  }

  /** For `…OrNullObject` objects: decides `isNullObject` when the path is resolved. */
  protected _checkNull(exists: () => boolean): void {
    try {
      this._isNull = !exists();
    } catch (error) {
      throw toRichError(error, `${this._typeName}.isNullObject`);
    }
  }

  private _apply(member: string, apply: () => void): void {
    if (this._isNull) return;
    this._core.wrote = true;
    try {
      apply();
    } catch (error) {
      throw toRichError(error, `${this._typeName}.${member}`);
    }
  }
}

/** A collection: its items as they are now. */
export abstract class HostCollection<T extends HostObject> extends HostObject {
  /** Objects for the items as they are now. */
  protected abstract _enumerate(): T[];

  get items(): T[] {
    return this._isNull ? [] : this._enumerate();
  }

  /** For process-query: the items as they are now (`_Items`, GetItemAt). */
  _hostItems(): T[] {
    return this.items;
  }

  protected _scalars(): readonly string[] {
    return [];
  }

  protected _read(name: string): unknown {
    throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, `${this._typeName}.${name}`);
  }
}
