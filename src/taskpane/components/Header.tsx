import { Select, Subtitle1, Caption1, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { Lang } from "../../core/model";
import { useLang, useT } from "../i18n";

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  titles: { display: "flex", flexDirection: "column", minWidth: 0 },
  title: { margin: 0, color: tokens.colorBrandForeground2 },
  tagline: { color: tokens.colorNeutralForeground2 },
  lang: { display: "flex", flexDirection: "column", flexShrink: 0 },
  langLabel: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

/** The add-in's name and the language switch (Tiếng Việt / English). */
export function Header() {
  const styles = useStyles();
  const t = useT();
  const { lang, setLang } = useLang();
  const selectId = useId("lang");
  return (
    <header className={styles.root}>
      <div className={styles.titles}>
        <Subtitle1 as="h1" className={styles.title}>
          {t.appName}
        </Subtitle1>
        <Caption1 className={styles.tagline}>{t.tagline}</Caption1>
      </div>
      <div className={styles.lang}>
        <label htmlFor={selectId} className={styles.langLabel}>
          {t.language}
        </label>
        <Select
          id={selectId}
          size="small"
          value={lang}
          onChange={(_, d) => setLang(d.value === "en" ? "en" : "vi")}
        >
          <option value={"vi" satisfies Lang} lang="vi">
            {t.langVi}
          </option>
          <option value={"en" satisfies Lang} lang="en">
            {t.langEn}
          </option>
        </Select>
      </div>
    </header>
  );
}
