/**
 * The requirement sets the adapter uses. BASELINE matches manifest.xml; everything above it is
 * feature-detected with string versions ("1.10" is not 1.1).
 */
import type { Feature } from "./types";

export const REQUIREMENTS = {
  /** Declared in manifest.xml: freezePanes, showGridlines, pageLayout, dataValidation, CF. */
  baseline: "1.9",
  customProperties: "1.12",
  cultureInfo: "1.11",
  notes: "1.18",
} as const;

const FEATURE_SET: Record<Feature, string> = {
  notes: REQUIREMENTS.notes,
  customProperties: REQUIREMENTS.customProperties,
  cultureInfo: REQUIREMENTS.cultureInfo,
  // Custom conditional formats (1.6) and charts with series (1.7) are inside the baseline.
  conditionalFormats: REQUIREMENTS.baseline,
  charts: REQUIREMENTS.baseline,
};

export function supportsFeature(feature: Feature): boolean {
  if (typeof Office === "undefined" || !Office.context?.requirements) return false;
  if (!Office.context.requirements.isSetSupported("ExcelApi", FEATURE_SET[feature])) return false;
  // The host may have notes (1.18) while the loaded Excel library predates them (the npm
  // office-js 1.1.110 runtime has no NoteCollection): then `worksheet.notes` is undefined.
  if (feature === "notes")
    return typeof (Excel as { NoteCollection?: unknown }).NoteCollection === "function";
  return true;
}
