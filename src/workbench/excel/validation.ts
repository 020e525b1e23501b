/**
 * Range.dataValidation (ExcelApi 1.8). The rule is assigned as a whole object with exactly one
 * kind; `clear()` removes validation from exactly the overlapping cells; API writes and pastes
 * are never validated (OFFICE-NOTES §7), only a person's typing is (WorkbookState.typeInto).
 */
import { assertNoValidationRule } from "../host-rules";
import type { ValidationOperator, ValidationRule, ValidationState } from "../state";
import { rectContains, type Rect } from "./address";
import { HostObject, type HostCore } from "./client";
import { MESSAGES, RichApiError } from "./errors";
import { RangeAreas, type Range } from "./range";

type BasicRule = { formula1: string | number; formula2?: string | number; operator: ValidationOperator };

/** Excel.DataValidationRule as the add-in assigns it. */
export interface DataValidationRuleInput {
  decimal?: BasicRule;
  wholeNumber?: BasicRule;
  textLength?: BasicRule;
  list?: { source: string; inCellDropDown?: boolean };
  custom?: { formula: string };
}

type ErrorAlert = ValidationState["errorAlert"];
type Prompt = ValidationState["prompt"];

const DEFAULT_ALERT: ErrorAlert = { showAlert: true, style: "Stop", title: "", message: "" };
const DEFAULT_PROMPT: Prompt = { showPrompt: false, title: "", message: "" };

function toRule(input: unknown): ValidationRule {
  const bad = (): never => {
    throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, "DataValidation.rule");
  };
  if (!input || typeof input !== "object") return bad();
  const entries = Object.entries(input as Record<string, unknown>).filter(
    ([, v]) => v !== undefined && v !== null,
  );
  if (entries.length !== 1) return bad();
  const [kind, raw] = entries[0] ?? ["", null];
  const body = raw as Record<string, unknown>;
  switch (kind) {
    case "decimal":
    case "wholeNumber":
    case "textLength": {
      const f1 = body.formula1;
      if (typeof f1 !== "string" && typeof f1 !== "number") return bad();
      const f2 = body.formula2;
      return {
        kind,
        operator: (body.operator as ValidationOperator | undefined) ?? "Between",
        formula1: String(f1),
        formula2: typeof f2 === "string" || typeof f2 === "number" ? String(f2) : null,
      };
    }
    case "list":
      if (typeof body.source !== "string") return bad();
      return { kind: "list", source: body.source, inCellDropDown: body.inCellDropDown !== false };
    case "custom":
      if (typeof body.formula !== "string") return bad();
      return { kind: "custom", formula: body.formula };
    default:
      return bad();
  }
}

function fromRule(rule: ValidationRule): DataValidationRuleInput {
  switch (rule.kind) {
    case "list":
      return { list: { source: rule.source, inCellDropDown: rule.inCellDropDown } };
    case "custom":
      return { custom: { formula: rule.formula } };
    default:
      return {
        [rule.kind]: {
          formula1: rule.formula1,
          ...(rule.formula2 !== null ? { formula2: rule.formula2 } : {}),
          operator: rule.operator,
        },
      };
  }
}

const TYPE_NAMES: Record<ValidationRule["kind"], string> = {
  decimal: "Decimal",
  wholeNumber: "WholeNumber",
  textLength: "TextLength",
  list: "List",
  custom: "Custom",
};

export class DataValidation extends HostObject {
  /** Alert and prompt set before the rule in the same batch wait here for it. */
  private pendingAlert: ErrorAlert | null = null;
  private pendingPrompt: Prompt | null = null;
  private pendingIgnoreBlanks: boolean | null = null;

  constructor(
    core: HostCore,
    private readonly range: Range,
  ) {
    super(core, range, "DataValidation");
  }

  get rule(): DataValidationRuleInput {
    return this._get("rule");
  }
  set rule(v: DataValidationRuleInput) {
    this._set("rule", v, () => {
      const rule = toRule(v);
      assertNoValidationRule(this.range._sheet._sheetState(), this.range._requireRect());
      this._core.state.setValidation(this.range._sheetId(), this.range._requireRect(), {
        rule,
        ignoreBlanks: this.pendingIgnoreBlanks ?? true,
        errorAlert: this.pendingAlert ?? DEFAULT_ALERT,
        prompt: this.pendingPrompt ?? DEFAULT_PROMPT,
      });
    });
  }
  get errorAlert(): ErrorAlert {
    return this._get("errorAlert");
  }
  set errorAlert(v: ErrorAlert) {
    this._set("errorAlert", v, () => {
      this.pendingAlert = { ...DEFAULT_ALERT, ...v };
      this._core.state.updateValidation(this.range._sheetId(), this.range._requireRect(), {
        errorAlert: this.pendingAlert,
      });
    });
  }
  get prompt(): Prompt {
    return this._get("prompt");
  }
  set prompt(v: Prompt) {
    this._set("prompt", v, () => {
      this.pendingPrompt = { ...DEFAULT_PROMPT, ...v };
      this._core.state.updateValidation(this.range._sheetId(), this.range._requireRect(), {
        prompt: this.pendingPrompt,
      });
    });
  }
  get ignoreBlanks(): boolean {
    return this._get("ignoreBlanks");
  }
  set ignoreBlanks(v: boolean) {
    this._set("ignoreBlanks", v, () => {
      this.pendingIgnoreBlanks = v;
      this._core.state.updateValidation(this.range._sheetId(), this.range._requireRect(), {
        ignoreBlanks: v,
      });
    });
  }
  get type(): string {
    return this._get("type");
  }
  get valid(): boolean | null {
    return this._get("valid");
  }

  clear(): void {
    this._call("clear", [], () =>
      this._core.state.clearValidation(this.range._sheetId(), this.range._requireRect()),
    );
  }

  /** Cells whose current value breaks their rule; ItemNotFound when there are none. */
  getInvalidCells(): RangeAreas {
    return new RangeAreas(
      this._core,
      this.range._sheet,
      () => {
        const cells = this.invalidCells();
        if (cells.length === 0)
          throw new RichApiError("ItemNotFound", MESSAGES.itemNotFound, "DataValidation.getInvalidCells");
        return cells;
      },
      this,
      false,
    );
  }

  getInvalidCellsOrNullObject(): RangeAreas {
    return new RangeAreas(this._core, this.range._sheet, () => this.invalidCells(), this, true);
  }

  /** One rectangle per invalid cell, in row order. */
  private invalidCells(): Rect[] {
    const rect = this.range._requireRect();
    const id = this.range._sheetId();
    const state = this._core.state;
    const out: Rect[] = [];
    for (const v of state.requireSheet(id).validations) {
      const top = Math.max(rect.top, v.rect.top);
      const bottom = Math.min(rect.bottom, v.rect.bottom);
      const left = Math.max(rect.left, v.rect.left);
      const right = Math.min(rect.right, v.rect.right);
      for (let row = top; row <= bottom; row++) {
        for (let col = left; col <= right; col++) {
          if (!state.passesRule(id, row, col, v, state.value(id, row, col)))
            out.push({ top: row, left: col, bottom: row, right: col });
        }
      }
    }
    return out.sort((a, b) => a.top - b.top || a.left - b.left);
  }

  protected _scalars(): readonly string[] {
    return ["rule", "type", "valid", "errorAlert", "prompt", "ignoreBlanks"];
  }

  protected _read(name: string): unknown {
    const rect = this.range._requireRect();
    const id = this.range._sheetId();
    const rules = this._core.state
      .requireSheet(id)
      .validations.filter(
        (v) => rectContains(rect, v.rect.top, v.rect.left) || rectContains(v.rect, rect.top, rect.left),
      );
    const first = rules[0];
    switch (name) {
      case "rule":
        return first ? fromRule(first.rule) : {};
      case "type":
        if (!first) return "None";
        return rules.every((r) => r.rule.kind === first.rule.kind)
          ? TYPE_NAMES[first.rule.kind]
          : "MixedCriteria";
      case "valid":
        return this.invalidCells().length === 0;
      case "errorAlert":
        return first ? { ...first.errorAlert } : { ...DEFAULT_ALERT };
      case "prompt":
        return first ? { ...first.prompt } : { ...DEFAULT_PROMPT };
      case "ignoreBlanks":
        return first ? first.ignoreBlanks : true;
      default:
        throw new RichApiError("InvalidArgument", MESSAGES.invalidArgument, `DataValidation.${name}`);
    }
  }
}
