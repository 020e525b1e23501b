import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Checkbox,
  MessageBar,
  MessageBarBody,
  createFocusOutlineStyle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Finding } from "../../core/model";
import { messageBesideCell } from "../../core/messages/index";
import { groupBySeverity, severityLabel } from "../format";
import { useLang, useT } from "../i18n";

const useStyles = makeStyles({
  heading: { margin: 0 },
  headerButton: { fontWeight: tokens.fontWeightSemibold, paddingInlineStart: 0 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  finding: {
    display: "block",
    width: "100%",
    padding: 0,
    border: "none",
    background: "none",
    textAlign: "start",
    font: "inherit",
    color: "inherit",
    cursor: "pointer",
    borderRadius: tokens.borderRadiusSmall,
    ":hover .address": { textDecorationLine: "underline" },
    ...createFocusOutlineStyle(),
  },
  address: {
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForegroundLink,
    marginInlineEnd: tokens.spacingHorizontalXS,
  },
  fix: { marginTop: tokens.spacingVerticalXXS },
});

/** Findings under Lỗi / Cảnh báo / Thông tin; each opens its cell, a fixable one has a checkbox. */
export function FindingList(props: {
  findings: readonly Finding[];
  selected: readonly string[];
  disabled: boolean;
  onSelectCell: (address: string) => void;
  onToggleFix: (address: string) => void;
}) {
  const styles = useStyles();
  const t = useT();
  const { lang } = useLang();
  return (
    // Information is the least urgent: folded until asked for.
    <Accordion multiple collapsible defaultOpenItems={["error", "warning"]}>
      {groupBySeverity(props.findings).map((group) => (
        <AccordionItem key={group.severity} value={group.severity}>
          <AccordionHeader
            as="h3"
            className={styles.heading}
            button={{ className: styles.headerButton }}
            expandIconPosition="end"
          >
            {severityLabel(group.severity, lang)} ({group.findings.length})
          </AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list}>
              {group.findings.map((f, i) => (
                <li key={`${f.code}-${f.cell?.address ?? ""}-${i}`}>
                  <MessageBar intent={group.severity} layout="multiline">
                    <MessageBarBody>
                      {f.cell ? (
                        <button
                          type="button"
                          className={styles.finding}
                          title={t.goToCell(f.cell.address)}
                          onClick={() => f.cell && props.onSelectCell(f.cell.address)}
                        >
                          <span className={`${styles.address} address`}>{f.cell.address}</span>{" "}
                          {messageBesideCell(f, lang)}
                        </button>
                      ) : (
                        f.message[lang]
                      )}
                      {f.fix && (
                        <div className={styles.fix}>
                          <Checkbox
                            size="medium"
                            disabled={props.disabled}
                            checked={props.selected.includes(f.fix.cell.address)}
                            onChange={() => f.fix && props.onToggleFix(f.fix.cell.address)}
                            label={t.fixCheckbox(f.fix.cell.address, f.fix.description[lang])}
                          />
                        </div>
                      )}
                    </MessageBarBody>
                  </MessageBar>
                </li>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
