/**
 * Settings saved in the workbook: number convention, tolerance, the "khoảng" tolerance in điểm %,
 * the "Cơ bản đạt" band, and the language of what is written into the sheet.
 */
import { useCallback, useEffect, useReducer } from "react";
import {
  DEFAULT_SETTINGS,
  MAX_APPROX_POINTS,
  type Lang,
  type NumberConvention,
  type Period,
  type Settings,
} from "../../core/model";
import { loadExcel } from "./adapter";
import { parseSettingNumber } from "../format";
import { attempt, IDLE, isRunEvent, runReducer, type Dispatch, type RunEvent, type RunState } from "./run";

/** The band's threshold offered when a user turns it on (DOMAIN: e.g. ≥ 95 %). */
export const DEFAULT_BAND_PCT = 95;

/** The form as typed: numbers stay text until saved, so "0," can be typed on the way to "0,5". */
export interface SettingsDraft {
  convention: NumberConvention;
  tolerance: string;
  /** approxTolerancePoints: "khoảng" on rate, growth and structure rows, in điểm %. */
  approxPoints: string;
  bandOn: boolean;
  threshold: string;
  /** The language verdicts, the summary line, headers and charts are written in. */
  language: Lang;
  /** The reporting period set in the pane; null: read from each table. */
  period: Period | null;
}

/** Which typed fields are out of range (each shows its own message). */
export interface Invalid {
  tolerance: boolean;
  approxPoints: boolean;
  threshold: boolean;
}

const ALL_VALID: Invalid = { tolerance: false, approxPoints: false, threshold: false };

export interface SettingsState extends RunState {
  /** What the workbook holds; every command runs with these. */
  saved: Settings;
  draft: SettingsDraft;
  invalid: Invalid;
  /** "Đã lưu" until the next edit. */
  justSaved: boolean;
}

function shown(n: number, convention: NumberConvention): string {
  const s = String(n);
  return convention === "vi" ? s.replace(".", ",") : s;
}

export function draftOf(s: Settings): SettingsDraft {
  return {
    convention: s.convention,
    tolerance: shown(s.tolerancePct, s.convention),
    approxPoints: shown(s.approxTolerancePoints, s.convention),
    bandOn: s.basicBandPct !== null,
    threshold: shown(s.basicBandPct ?? DEFAULT_BAND_PCT, s.convention),
    language: s.language,
    period: s.period ?? null,
  };
}

export type DraftCheck = { ok: true; settings: Settings } | ({ ok: false } & Invalid);

/** The draft as Settings, or which fields are out of range; other settings come from `base`. */
export function settingsOf(draft: SettingsDraft, base: Settings): DraftCheck {
  const tolerance = parseSettingNumber(draft.tolerance);
  const threshold = parseSettingNumber(draft.threshold);
  const approxPoints = parseSettingNumber(draft.approxPoints);
  const toleranceBad = tolerance === null || tolerance < 0 || tolerance > 50;
  const approxPointsBad = approxPoints === null || approxPoints < 0 || approxPoints > MAX_APPROX_POINTS;
  const thresholdBad = draft.bandOn && (threshold === null || threshold <= 0 || threshold >= 100);
  if (toleranceBad || approxPointsBad || thresholdBad || tolerance === null || approxPoints === null)
    return { ok: false, tolerance: toleranceBad, approxPoints: approxPointsBad, threshold: thresholdBad };
  const { period: _previous, ...rest } = base;
  void _previous;
  return {
    ok: true,
    settings: {
      ...rest,
      convention: draft.convention,
      tolerancePct: tolerance,
      approxTolerancePoints: approxPoints,
      basicBandPct: draft.bandOn ? threshold : null,
      language: draft.language,
      ...(draft.period === null ? {} : { period: draft.period }),
    },
  };
}

export const SETTINGS_INITIAL: SettingsState = {
  ...IDLE,
  saved: DEFAULT_SETTINGS,
  draft: draftOf(DEFAULT_SETTINGS),
  invalid: ALL_VALID,
  justSaved: false,
};

export type SettingsEvent =
  | { type: "loaded"; settings: Settings }
  | { type: "edit"; draft: Partial<SettingsDraft> }
  | ({ type: "invalid" } & Invalid)
  | { type: "saved"; settings: Settings };

export function settingsReducer(s: SettingsState, e: SettingsEvent | RunEvent): SettingsState {
  if (isRunEvent(e)) return runReducer(s, e);
  switch (e.type) {
    case "loaded":
      return { ...s, busy: false, progress: null, saved: e.settings, draft: draftOf(e.settings) };
    case "edit":
      return {
        ...s,
        draft: { ...s.draft, ...e.draft },
        justSaved: false,
        invalid: ALL_VALID,
      };
    case "invalid":
      return {
        ...s,
        invalid: { tolerance: e.tolerance, approxPoints: e.approxPoints, threshold: e.threshold },
        justSaved: false,
      };
    case "saved":
      return {
        ...s,
        busy: false,
        progress: null,
        saved: e.settings,
        draft: draftOf(e.settings),
        justSaved: true,
      };
  }
}

export async function runLoadSettings(dispatch: Dispatch<SettingsEvent>): Promise<boolean> {
  return attempt(dispatch, async () => {
    dispatch({ type: "loaded", settings: await (await loadExcel()).loadSettings() });
  });
}

export async function runSaveSettings(dispatch: Dispatch<SettingsEvent>, s: SettingsState): Promise<boolean> {
  const check = settingsOf(s.draft, s.saved);
  if (!check.ok) {
    dispatch({
      type: "invalid",
      tolerance: check.tolerance,
      approxPoints: check.approxPoints,
      threshold: check.threshold,
    });
    return false;
  }
  return attempt(dispatch, async () => {
    await (await loadExcel()).saveSettings(check.settings);
    dispatch({ type: "saved", settings: check.settings });
  });
}

export function useSettings() {
  const [state, dispatch] = useReducer(settingsReducer, SETTINGS_INITIAL);
  useEffect(() => {
    void runLoadSettings(dispatch);
  }, []);
  const edit = useCallback((draft: Partial<SettingsDraft>) => dispatch({ type: "edit", draft }), []);
  const save = useCallback(() => void runSaveSettings(dispatch, state), [state]);
  const dismissError = useCallback(() => dispatch({ type: "dismissError" }), []);
  return { state, edit, save, dismissError };
}
