/**
 * Workbook, Application (with culture settings) and the workbook's SettingCollection.
 */
import type { JsonValue } from "../state";
import { assertRangeSelection } from "../host-rules";
import { separators } from "../numfmt";
import { HostCollection, HostObject, type HostResult, type HostCore } from "./client";
import { MESSAGES, RichApiError } from "./errors";
import { Range } from "./range";
import { Worksheet, WorksheetCollection } from "./worksheet";

export class Workbook extends HostObject {
  readonly worksheets: WorksheetCollection;
  readonly settings: SettingCollection;
  readonly application: Application;

  constructor(core: HostCore) {
    super(core, null, "Workbook");
    this.worksheets = new WorksheetCollection(core, this);
    this.settings = new SettingCollection(core, this);
    this.application = new Application(core, this);
  }

  get name(): string {
    return this._get("name");
  }

  /** The selected cells (one area); a chart or several areas selected fail. */
  getSelectedRange(): Range {
    const sheet = new Worksheet(this._core, this, () => this._core.state.selection.sheetId);
    return new Range(
      this._core,
      sheet,
      () => {
        assertRangeSelection(this._core.state);
        return this._core.state.selection.rect;
      },
      this,
    );
  }

  /** The active cell: the top-left of the selection. */
  getActiveCell(): Range {
    const sheet = new Worksheet(this._core, this, () => this._core.state.selection.sheetId);
    return new Range(
      this._core,
      sheet,
      () => {
        const r = this._core.state.selection.rect;
        return { top: r.top, left: r.left, bottom: r.top, right: r.left };
      },
      this,
    );
  }

  protected _scalars(): readonly string[] {
    return ["name"];
  }
  protected override _child(name: string): HostObject | undefined {
    switch (name) {
      case "worksheets":
        return this.worksheets;
      case "settings":
        return this.settings;
      case "application":
        return this.application;
      default:
        return undefined;
    }
  }
  protected _read(name: string): unknown {
    if (name === "name") return "Workbench.xlsx";
    throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, `Workbook.${name}`);
  }
}

export class Application extends HostObject {
  readonly cultureInfo: CultureInfo;

  constructor(core: HostCore, parent: HostObject) {
    super(core, parent, "Application");
    this.cultureInfo = new CultureInfo(core, this);
  }

  /** The workbench always calculates automatically. */
  get calculationMode(): "Automatic" | "AutomaticExceptTables" | "Manual" {
    return this._get("calculationMode");
  }
  /** (1.11) Effective separators: the workbook's locale. */
  get decimalSeparator(): string {
    return this._get("decimalSeparator");
  }
  get thousandsSeparator(): string {
    return this._get("thousandsSeparator");
  }
  get useSystemSeparators(): boolean {
    return this._get("useSystemSeparators");
  }

  /** Recalculation is immediate in the workbench, so suspending it changes nothing visible. */
  suspendApiCalculationUntilNextSync(): void {
    this._call("suspendApiCalculationUntilNextSync", [], () => undefined);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this._call("suspendScreenUpdatingUntilNextSync", [], () => undefined);
  }
  calculate(_calculationType?: string): void {
    this._call("calculate", [], () => undefined);
  }

  protected _scalars(): readonly string[] {
    return ["calculationMode", "decimalSeparator", "thousandsSeparator", "useSystemSeparators"];
  }
  protected override _child(name: string): HostObject | undefined {
    return name === "cultureInfo" ? this.cultureInfo : undefined;
  }
  protected _read(name: string): unknown {
    const sep = separators(this._core.state.locale);
    switch (name) {
      case "calculationMode":
        return "Automatic";
      case "decimalSeparator":
        return sep.decimal;
      case "thousandsSeparator":
        return sep.group;
      case "useSystemSeparators":
        return true;
      default:
        throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, `Application.${name}`);
    }
  }
}

export class CultureInfo extends HostObject {
  readonly numberFormat: NumberFormatInfo;

  constructor(core: HostCore, parent: HostObject) {
    super(core, parent, "CultureInfo");
    this.numberFormat = new NumberFormatInfo(core, this);
  }

  /** "vi-VN" or "en-US". */
  get name(): string {
    return this._get("name");
  }

  protected _scalars(): readonly string[] {
    return ["name"];
  }
  protected override _child(name: string): HostObject | undefined {
    return name === "numberFormat" ? this.numberFormat : undefined;
  }
  protected _read(name: string): unknown {
    if (name === "name") return this._core.state.locale === "vi" ? "vi-VN" : "en-US";
    throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, `CultureInfo.${name}`);
  }
}

export class NumberFormatInfo extends HostObject {
  constructor(core: HostCore, parent: HostObject) {
    super(core, parent, "NumberFormatInfo");
  }

  get numberDecimalSeparator(): string {
    return this._get("numberDecimalSeparator");
  }
  get numberGroupSeparator(): string {
    return this._get("numberGroupSeparator");
  }
  get currencySymbol(): string {
    return this._get("currencySymbol");
  }

  protected _scalars(): readonly string[] {
    return ["numberDecimalSeparator", "numberGroupSeparator", "currencySymbol"];
  }
  protected _read(name: string): unknown {
    const sep = separators(this._core.state.locale);
    if (name === "numberDecimalSeparator") return sep.decimal;
    if (name === "numberGroupSeparator") return sep.group;
    if (name === "currencySymbol") return this._core.state.locale === "vi" ? "₫" : "$";
    throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, `NumberFormatInfo.${name}`);
  }
}

/** Values are stored as JSON; what is not JSON (functions, cycles) is an InvalidArgument. */
function toJson(value: unknown, location: string): JsonValue {
  try {
    const text = JSON.stringify(value instanceof Date ? value.toISOString() : value);
    if (text === undefined) throw new Error("not JSON");
    return JSON.parse(text) as JsonValue;
  } catch {
    throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, location);
  }
}

export class SettingCollection extends HostCollection<Setting> {
  constructor(core: HostCore, parent: HostObject) {
    super(core, parent, "SettingCollection");
  }

  /** Adds or replaces a setting. */
  add(key: string, value: unknown): Setting {
    const setting = new Setting(this._core, this, key);
    this._call("add", [key, value], () => {
      if (key.length === 0)
        throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, "SettingCollection.add");
      this._core.state.setSetting(key, toJson(value, "SettingCollection.add"));
    });
    return setting;
  }

  getItem(key: string): Setting {
    return new Setting(this._core, this, key);
  }

  getItemOrNullObject(key: string): Setting {
    return new Setting(this._core, this, key, true);
  }

  getCount(): HostResult<number> {
    return this._result("getCount", () => this._core.state.settings.size);
  }

  protected _enumerate(): Setting[] {
    return [...this._core.state.settings.keys()].map((k) => new Setting(this._core, this, k));
  }
}

export class Setting extends HostObject {
  constructor(
    core: HostCore,
    parent: HostObject,
    private readonly keyName: string,
    nullable = false,
  ) {
    super(core, null, "Setting");
    if (nullable) this._checkNull(() => this._core.state.settings.has(this.keyName));
  }

  private require(): JsonValue {
    const value = this._core.state.settings.get(this.keyName);
    if (value === undefined) throw new RichApiError("ItemNotFound", MESSAGES.itemNotFound, "Setting");
    return value;
  }

  get key(): string {
    return this._get("key");
  }
  get value(): unknown {
    return this._get("value");
  }
  set value(v: unknown) {
    this._set("value", v, () => {
      this.require();
      this._core.state.setSetting(this.keyName, toJson(v, "Setting.value"));
    });
  }

  delete(): void {
    this._call("delete", [], () => {
      this.require();
      this._core.state.deleteSetting(this.keyName);
    });
  }

  protected _scalars(): readonly string[] {
    return ["key", "value"];
  }
  protected _read(name: string): unknown {
    const value = this.require();
    if (name === "key") return this.keyName;
    if (name === "value") return JSON.parse(JSON.stringify(value)) as JsonValue;
    throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, `Setting.${name}`);
  }
}
