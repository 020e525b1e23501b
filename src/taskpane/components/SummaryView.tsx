import { Badge, Body1, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { VERDICT_LABELS } from "../../core/compute";
import type { Summary, Verdict } from "../../core/model";
import { summarySentence } from "../format";
import { useLang, useT } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  headline: {
    margin: 0,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
  },
  verdicts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  groups: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  group: {
    display: "flex",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  groupName: { display: "flex", flexDirection: "column", minWidth: 0 },
  noData: { color: tokens.colorNeutralForeground3 },
  count: { flexShrink: 0, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
  h3: { margin: 0 },
});

const VERDICT_ORDER: readonly Verdict[] = [
  "vuot",
  "dat",
  "dung_tien_do",
  "co_ban_dat",
  "cham_tien_do",
  "khong_dat",
  "khong_giao_ke_hoach",
  "chua_co_so_lieu",
];
const VERDICT_COLOR = {
  vuot: "success",
  dat: "brand",
  dung_tien_do: "brand",
  co_ban_dat: "warning",
  cham_tien_do: "warning",
  khong_dat: "danger",
  khong_giao_ke_hoach: "subtle",
  chua_co_so_lieu: "informative",
} as const;

/** "Đạt và vượt x/y chỉ tiêu" overall, the verdict counts, and the same per group. */
export function SummaryView(props: { summary: Summary }) {
  const styles = useStyles();
  const t = useT();
  const { lang } = useLang();
  const s = props.summary;
  return (
    <div className={styles.root}>
      <Subtitle2 as="p" className={styles.headline}>
        {summarySentence(s, lang)}
      </Subtitle2>
      <div className={styles.verdicts}>
        {VERDICT_ORDER.filter((v) => s.byVerdict[v] > 0).map((v) => (
          <Badge key={v} appearance="tint" color={VERDICT_COLOR[v]}>
            {`${VERDICT_LABELS[v][lang]}: ${s.byVerdict[v]}`}
          </Badge>
        ))}
      </div>
      {s.groups.length > 1 && (
        <>
          <Subtitle2 as="h3" className={styles.h3}>
            {t.byGroup}
          </Subtitle2>
          <ul className={styles.groups}>
            {s.groups.map((g, i) => (
              <li key={`${g.name}-${i}`} className={styles.group}>
                <div className={styles.groupName}>
                  <Body1>{g.name || t.ungrouped}</Body1>
                  {g.noData > 0 && <Caption1 className={styles.noData}>{t.noData(g.noData)}</Caption1>}
                </div>
                <Body1 className={styles.count}>{`${g.reached}/${g.total}`}</Body1>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
