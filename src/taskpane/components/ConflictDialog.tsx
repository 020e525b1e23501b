import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { CellRef } from "../../core/model";
import { useT } from "../i18n";

const useStyles = makeStyles({
  cells: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    listStyleType: "none",
    padding: 0,
    margin: `${tokens.spacingVerticalS} 0 0 0`,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** Asks before formulas replace values a person typed into the computed columns. */
export function ConflictDialog(props: {
  conflicts: CellRef[] | null;
  onOverwrite: () => void;
  onKeep: () => void;
}) {
  const styles = useStyles();
  const t = useT();
  const cells = props.conflicts ?? [];
  return (
    <Dialog open={props.conflicts !== null} onOpenChange={(_, d) => !d.open && props.onKeep()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.conflictTitle}</DialogTitle>
          <DialogContent>
            {t.conflictBody(cells.length)}
            <ul className={styles.cells}>
              {cells.map((c) => (
                <li key={c.address}>{c.address}</li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onOverwrite}>
              {t.overwrite}
            </Button>
            <Button onClick={props.onKeep}>{t.keepValues}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
