import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Fix } from "../../core/model";
import { useLang, useT } from "../i18n";

const useStyles = makeStyles({
  cell: { width: "56px", fontWeight: tokens.fontWeightSemibold },
});

/** The preview of the ticked fixes (cell: old → new); nothing is written before "Sửa". */
export function FixDialog(props: { fixes: Fix[] | null; onConfirm: () => void; onCancel: () => void }) {
  const styles = useStyles();
  const t = useT();
  const { lang } = useLang();
  const fixes = props.fixes ?? [];
  return (
    <Dialog open={props.fixes !== null} onOpenChange={(_, d) => !d.open && props.onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.fixDialogTitle(fixes.length)}</DialogTitle>
          <DialogContent>
            <p>{t.fixDialogBody}</p>
            <Table size="small">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell className={styles.cell}>{t.fixCell}</TableHeaderCell>
                  <TableHeaderCell>{t.fixChange}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {fixes.map((fix) => (
                  <TableRow key={fix.cell.address}>
                    <TableCell className={styles.cell}>{fix.cell.address}</TableCell>
                    <TableCell>{fix.description[lang]}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onConfirm}>
              {t.fixApply}
            </Button>
            <Button onClick={props.onCancel}>{t.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
