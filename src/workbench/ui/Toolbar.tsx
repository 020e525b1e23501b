/** The workbench's title bar and the locale switch (how typing is parsed and numbers shown). */
import * as React from "react";
import { HOSTS, HOST_KINDS, isHostKind, type HostKind } from "../hosts";
import type { Locale } from "../state";

const LOCALES: { id: Locale; label: string; example: string }[] = [
  { id: "vi", label: "vi-VN", example: "1.234,5" },
  { id: "en", label: "en-US", example: "1,234.5" },
];

export function Toolbar(props: {
  locale: Locale;
  onLocale: (l: Locale) => void;
  host: HostKind;
  onHost?: (kind: HostKind) => void;
}): React.ReactElement {
  return (
    <div className="wb-toolbar" role="toolbar" aria-label="Workbench">
      <h1>chitieu · Workbench</h1>
      <span className="wb-sub">Excel giả lập cho phát triển add-in</span>
      <span className="wb-spacer" />
      <label className="wb-host">
        <span>Máy chủ Excel:</span>
        <select
          value={props.host}
          disabled={!props.onHost}
          onChange={(e) => isHostKind(e.target.value) && props.onHost?.(e.target.value)}
        >
          {HOST_KINDS.map((k) => (
            <option key={k} value={k}>
              {HOSTS[k].label} (ExcelApi {HOSTS[k].requirementSets.ExcelApi})
            </option>
          ))}
        </select>
      </label>
      <div className="wb-locale" role="group" aria-label="Định dạng số">
        <span>Định dạng số:</span>
        {LOCALES.map((l) => (
          <button
            key={l.id}
            type="button"
            aria-pressed={props.locale === l.id}
            title={`${l.label}: ${l.example}`}
            onClick={() => props.onLocale(l.id)}
          >
            {l.label}
          </button>
        ))}
      </div>
    </div>
  );
}
