/**
 * The host half of Excel over one WorkbookState: the `Office` global an add-in expects
 * (requirement sets, settings, function commands) and the ProcessQuery host that answers the
 * batches of Microsoft's Excel client runtime, whose `Excel` and `OfficeExtension` the add-in
 * uses unchanged (`installRuntimeHost`). Dev-only: never imported by the shipped add-in.
 */
import type { JsonValue, WorkbookState } from "./state";
import { compareVersions } from "./excel/requirements";
import { ProcessQueryHost } from "./process-query";
import { connectRuntime, type RuntimeOfficeExtension } from "./runtime-bridge";
import { RuntimeEventHost } from "./runtime-events";

export interface ExcelHostOptions {
  /** Supported sets and their highest version, e.g. { ExcelApi: "1.9" }. Default ExcelApi 1.18. */
  requirementSets?: Record<string, string>;
  /** Office.context.displayLanguage, e.g. "vi-VN" (default) or "en-US". */
  displayLanguage?: string;
}

/** What a function command receives (Office.AddinCommands.Event). */
export interface CommandEvent {
  completed(options?: { allowEvent?: boolean }): void;
  source: { id: string };
}

type AsyncResult<T> = { status: "succeeded" | "failed"; value: T; error?: { message: string } };

export interface OfficeGlobal {
  onReady(
    callback?: (info: { host: "Excel"; platform: "OfficeOnline" }) => void,
  ): Promise<{ host: "Excel"; platform: "OfficeOnline" }>;
  context: {
    host: "Excel";
    platform: "OfficeOnline";
    displayLanguage: string;
    contentLanguage: string;
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
    document: {
      settings: {
        get(name: string): unknown;
        set(name: string, value: unknown): void;
        remove(name: string): void;
        saveAsync(callback?: (result: AsyncResult<void>) => void): void;
      };
    };
  };
  actions: { associate(name: string, handler: (event: CommandEvent) => unknown): void };
  HostType: { Excel: "Excel" };
  PlatformType: { OfficeOnline: "OfficeOnline" };
  AsyncResultStatus: { Succeeded: "succeeded"; Failed: "failed" };
}

export interface ExcelHost {
  Office: OfficeGlobal;
  /** The workbook behind the host. */
  state: WorkbookState;
  /** Answers the ProcessQuery requests of Microsoft's Excel client runtime. */
  processQuery: ProcessQueryHost;
  /** Sends the runtime the change events it registered for (runtime-events.ts). */
  events: RuntimeEventHost;
  /** Function commands registered with Office.actions.associate. */
  actions: ReadonlyMap<string, (event: CommandEvent) => unknown>;
  /** Runs a registered command as a ribbon click would; resolves when it calls completed(). */
  invokeAction(name: string): Promise<void>;
  /** The sets `Office.context.requirements` answers for, e.g. { ExcelApi: "1.14" }. */
  requirementSets(): Record<string, string>;
  /** Makes the host another Excel (the workbench toolbar's host switch; the pane reloads). */
  setRequirementSets(sets: Record<string, string>): void;
}

export function createExcelHost(state: WorkbookState, options: ExcelHostOptions = {}): ExcelHost {
  let sets: Record<string, string> = { ExcelApi: "1.18", ...options.requirementSets };
  const language = options.displayLanguage ?? "vi-VN";
  const actions = new Map<string, (event: CommandEvent) => unknown>();
  // Common-API settings live in memory until saveAsync, then share the workbook's store.
  const pending = new Map<string, JsonValue | undefined>();

  const info = { host: "Excel" as const, platform: "OfficeOnline" as const };
  const Office: OfficeGlobal = {
    onReady(callback) {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      host: "Excel",
      platform: "OfficeOnline",
      displayLanguage: language,
      contentLanguage: language,
      requirements: {
        isSetSupported(name, minVersion) {
          const have = Object.entries(sets).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
          if (have === undefined) return false;
          return minVersion === undefined || compareVersions(have, String(minVersion)) >= 0;
        },
      },
      document: {
        settings: {
          get: (name) =>
            pending.has(name) ? (pending.get(name) ?? null) : (state.settings.get(name) ?? null),
          set: (name, value) => {
            pending.set(name, JSON.parse(JSON.stringify(value ?? null)) as JsonValue);
          },
          remove: (name) => {
            pending.set(name, undefined);
          },
          saveAsync: (callback) => {
            state.batch("api", () => {
              for (const [k, v] of pending) {
                if (v === undefined) state.deleteSetting(k);
                else state.setSetting(k, v);
              }
            });
            pending.clear();
            callback?.({ status: "succeeded", value: undefined });
          },
        },
      },
    },
    actions: {
      associate(name, handler) {
        actions.set(name, handler);
      },
    },
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  };

  const processQuery = new ProcessQueryHost(state);
  const events = new RuntimeEventHost(state, () => sets.ExcelApi ?? "1.1");
  processQuery.events = events;

  return {
    Office,
    state,
    processQuery,
    events,
    actions,
    requirementSets: () => ({ ...sets }),
    setRequirementSets(next) {
      sets = { ...next };
    },
    invokeAction(name) {
      const handler = actions.get(name);
      if (!handler) return Promise.reject(new Error(`no function command "${name}" is associated`));
      return new Promise<void>((resolve, reject) => {
        try {
          const r = handler({ completed: () => resolve(), source: { id: name } });
          if (r instanceof Promise) r.catch(reject);
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    },
  };
}

/**
 * For a window where Microsoft's Excel client runtime is already loaded (it defines `Excel` and
 * `OfficeExtension` there): becomes its native host (runtime-bridge.ts) and puts the host's
 * `Office` (ready at once, with the host's requirement sets, settings and commands) in place of
 * the runtime's.
 * Returns a function that restores the previous `Office`.
 */
export function installRuntimeHost(host: ExcelHost, target: object = globalThis): () => void {
  const t = target as Record<string, unknown>;
  const officeExtension = t.OfficeExtension as RuntimeOfficeExtension | undefined;
  if (!officeExtension?.HostBridge) throw new Error("Microsoft's Excel client runtime is not loaded here");
  const stopEvents = connectRuntime(officeExtension, {
    send: (request) => host.processQuery.handle(request),
    listen: (listener) => host.events.listen(listener),
  });
  const before = t.Office;
  t.Office = host.Office;
  return () => {
    stopEvents();
    t.Office = before;
  };
}
