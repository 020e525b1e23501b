/**
 * Conditional formats on a range (ExcelApi 1.6). Only Custom rules are emulated: they are the
 * ones the add-in writes (OFFICE-NOTES §6). A new rule goes on top (priority 0).
 */
import type { ConditionalFormatState } from "../state";
import { parseAddress, rectA1, rectIntersection } from "./address";
import { HostCollection, HostObject, type HostResult, type HostCore } from "./client";
import { MESSAGES, RichApiError } from "./errors";
import type { Range } from "./range";
import { normalizeColour } from "./values";

type CfType =
  | "Custom"
  | "DataBar"
  | "ColorScale"
  | "IconSet"
  | "TopBottom"
  | "PresetCriteria"
  | "ContainsText"
  | "CellValue";

export class ConditionalFormatCollection extends HostCollection<ConditionalFormat> {
  constructor(
    core: HostCore,
    private readonly range: Range,
  ) {
    super(core, range, "ConditionalFormatCollection");
  }

  /** Rules whose range touches this range, highest priority first. */
  private rules(): ConditionalFormatState[] {
    const rect = this.range._requireRect();
    return this._core.state
      .requireSheet(this.range._sheetId())
      .conditionalFormats.filter((cf) => {
        const parsed = parseAddress(cf.rangeAddress);
        return parsed !== null && rectIntersection(parsed.rect, rect) !== null;
      })
      .sort((a, b) => a.priority - b.priority);
  }

  add(type: CfType): ConditionalFormat {
    const cf = new ConditionalFormat(this._core, this.range, this, () => null);
    this._call("add", [type], () => {
      if (type !== "Custom") {
        throw new RichApiError(
          "NotImplemented",
          `${MESSAGES.notImplemented} (workbench: only Custom conditional formats)`,
          "ConditionalFormatCollection.add",
        );
      }
      const created = this._core.state.addConditionalFormat(this.range._sheetId(), {
        type: "custom",
        rangeAddress: rectA1(this.range._requireRect()),
        formula: "",
        fill: null,
        fontColor: null,
        bold: null,
        numberFormat: null,
        stopIfTrue: false,
      });
      cf._bind(created.id);
    });
    return cf;
  }

  clearAll(): void {
    this._call("clearAll", [], () =>
      this._core.state.clearConditionalFormats(this.range._sheetId(), this.range._requireRect()),
    );
  }

  getCount(): HostResult<number> {
    return this._result("getCount", () => this.rules().length);
  }

  getItem(id: string): ConditionalFormat {
    return new ConditionalFormat(this._core, this.range, this, () => {
      if (!this.rules().some((r) => r.id === id))
        throw new RichApiError("ItemNotFound", MESSAGES.itemNotFound, "ConditionalFormatCollection.getItem");
      return id;
    });
  }

  getItemOrNullObject(id: string): ConditionalFormat {
    return new ConditionalFormat(
      this._core,
      this.range,
      this,
      () => (this.rules().some((r) => r.id === id) ? id : null),
      true,
    );
  }

  getItemAt(index: number): ConditionalFormat {
    return new ConditionalFormat(this._core, this.range, this, () => {
      const rule = this.rules()[index];
      if (!rule)
        throw new RichApiError(
          "ItemNotFound",
          MESSAGES.itemNotFound,
          "ConditionalFormatCollection.getItemAt",
        );
      return rule.id;
    });
  }

  protected _enumerate(): ConditionalFormat[] {
    return this.rules().map((r) => new ConditionalFormat(this._core, this.range, this, () => r.id));
  }
}

export class ConditionalFormat extends HostObject {
  private boundId: string | null | undefined;
  private customChild: CustomConditionalFormat | undefined;

  constructor(
    core: HostCore,
    private readonly range: Range,
    parent: HostObject,
    private readonly resolveId: () => string | null,
    nullable = false,
  ) {
    super(core, null, "ConditionalFormat");
    if (nullable) this._checkNull(() => this.currentId() !== null);
  }

  /** Called by `add` when the rule is created. */
  _bind(id: string): void {
    this.boundId = id;
  }

  private currentId(): string | null {
    if (this.boundId === undefined) this.boundId = this.resolveId();
    return this.boundId;
  }

  /** The rule in the state; throws ItemNotFound when it is gone. */
  _rule(): ConditionalFormatState {
    const id = this.currentId();
    const rule =
      id === null
        ? undefined
        : this._core.state.requireSheet(this.range._sheetId()).conditionalFormats.find((c) => c.id === id);
    if (!rule) throw new RichApiError("ItemNotFound", MESSAGES.itemNotFound, "ConditionalFormat");
    return rule;
  }

  _update(patch: Partial<Omit<ConditionalFormatState, "id" | "type">>): void {
    this._core.state.updateConditionalFormat(this.range._sheetId(), this._rule().id, patch);
  }

  get id(): string {
    return this._get("id");
  }
  get type(): CfType {
    return this._get("type");
  }
  get priority(): number {
    return this._get("priority");
  }
  set priority(v: number) {
    this._set("priority", v, () => this._update({ priority: v }));
  }
  get stopIfTrue(): boolean {
    return this._get("stopIfTrue");
  }
  set stopIfTrue(v: boolean) {
    this._set("stopIfTrue", v, () => this._update({ stopIfTrue: v }));
  }
  get custom(): CustomConditionalFormat {
    this.customChild ??= new CustomConditionalFormat(this._core, this);
    return this.customChild;
  }
  /** Every rule here is Custom, so the null-object variant is the same object. */
  get customOrNullObject(): CustomConditionalFormat {
    return this.custom;
  }

  getRange(): Range {
    return this.range;
  }

  delete(): void {
    this._call("delete", [], () =>
      this._core.state.deleteConditionalFormat(this.range._sheetId(), this._rule().id),
    );
  }

  protected _scalars(): readonly string[] {
    return ["id", "type", "priority", "stopIfTrue"];
  }

  protected override _child(name: string): HostObject | undefined {
    return name === "custom" || name === "customOrNullObject" ? this.custom : undefined;
  }

  protected _read(name: string): unknown {
    const rule = this._rule();
    switch (name) {
      case "id":
        return rule.id;
      case "type":
        return "Custom";
      case "priority":
        return rule.priority;
      case "stopIfTrue":
        return rule.stopIfTrue;
      default:
        throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, `ConditionalFormat.${name}`);
    }
  }
}

export class CustomConditionalFormat extends HostObject {
  readonly rule: ConditionalFormatRule;
  readonly format: ConditionalRangeFormat;

  constructor(core: HostCore, cf: ConditionalFormat) {
    super(core, cf, "CustomConditionalFormat");
    this.rule = new ConditionalFormatRule(core, cf, this);
    this.format = new ConditionalRangeFormat(core, cf, this);
  }

  protected _scalars(): readonly string[] {
    return [];
  }
  protected override _child(name: string): HostObject | undefined {
    return name === "rule" ? this.rule : name === "format" ? this.format : undefined;
  }
  protected _read(name: string): unknown {
    throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, `CustomConditionalFormat.${name}`);
  }
}

export class ConditionalFormatRule extends HostObject {
  constructor(
    core: HostCore,
    private readonly cf: ConditionalFormat,
    parent: HostObject,
  ) {
    super(core, parent, "ConditionalFormatRule");
  }

  /** en-US formula, relative to the range's top-left cell. */
  get formula(): string {
    return this._get("formula");
  }
  set formula(v: string) {
    this._set("formula", v, () => this.cf._update({ formula: v }));
  }
  get formulaLocal(): string {
    return this._get("formulaLocal");
  }

  protected _scalars(): readonly string[] {
    return ["formula", "formulaLocal"];
  }
  protected _read(name: string): unknown {
    if (name === "formula" || name === "formulaLocal") return this.cf._rule().formula;
    throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, `ConditionalFormatRule.${name}`);
  }
}

export class ConditionalRangeFormat extends HostObject {
  readonly fill: ConditionalRangeFill;
  readonly font: ConditionalRangeFont;

  constructor(
    core: HostCore,
    private readonly cf: ConditionalFormat,
    parent: HostObject,
  ) {
    super(core, parent, "ConditionalRangeFormat");
    this.fill = new ConditionalRangeFill(core, cf, this);
    this.font = new ConditionalRangeFont(core, cf, this);
  }

  get numberFormat(): string | null {
    return this._get("numberFormat");
  }
  set numberFormat(v: string | null) {
    this._set("numberFormat", v, () => this.cf._update({ numberFormat: v }));
  }

  protected _scalars(): readonly string[] {
    return ["numberFormat"];
  }
  protected override _child(name: string): HostObject | undefined {
    return name === "fill" ? this.fill : name === "font" ? this.font : undefined;
  }
  protected _read(name: string): unknown {
    if (name === "numberFormat") return this.cf._rule().numberFormat;
    throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, `ConditionalRangeFormat.${name}`);
  }
}

export class ConditionalRangeFill extends HostObject {
  constructor(
    core: HostCore,
    private readonly cf: ConditionalFormat,
    parent: HostObject,
  ) {
    super(core, parent, "ConditionalRangeFill");
  }

  get color(): string | null {
    return this._get("color");
  }
  set color(v: string | null) {
    this._set("color", v, () =>
      this.cf._update({ fill: v === null ? null : normalizeColour(v, "ConditionalRangeFill.color") }),
    );
  }
  clear(): void {
    this._call("clear", [], () => this.cf._update({ fill: null }));
  }

  protected _scalars(): readonly string[] {
    return ["color"];
  }
  protected _read(name: string): unknown {
    if (name === "color") return this.cf._rule().fill;
    throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, `ConditionalRangeFill.${name}`);
  }
}

export class ConditionalRangeFont extends HostObject {
  constructor(
    core: HostCore,
    private readonly cf: ConditionalFormat,
    parent: HostObject,
  ) {
    super(core, parent, "ConditionalRangeFont");
  }

  get color(): string | null {
    return this._get("color");
  }
  set color(v: string | null) {
    this._set("color", v, () =>
      this.cf._update({ fontColor: v === null ? null : normalizeColour(v, "ConditionalRangeFont.color") }),
    );
  }
  get bold(): boolean | null {
    return this._get("bold");
  }
  set bold(v: boolean | null) {
    this._set("bold", v, () => this.cf._update({ bold: v }));
  }
  clear(): void {
    this._call("clear", [], () => this.cf._update({ fontColor: null, bold: null }));
  }

  protected _scalars(): readonly string[] {
    return ["color", "bold"];
  }
  protected _read(name: string): unknown {
    const rule = this.cf._rule();
    if (name === "color") return rule.fontColor;
    if (name === "bold") return rule.bold;
    throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, `ConditionalRangeFont.${name}`);
  }
}
