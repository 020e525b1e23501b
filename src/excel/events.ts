/**
 * watchSheetChanges: tells the pane when a person changed cells, so results shown for the old
 * figures can be marked stale. Uses `worksheets.onChanged` (ExcelApi 1.9, the manifest's baseline),
 * which covers every sheet, so switching sheets needs no new registration.
 *
 * Our own writes fire these events too (OFFICE-NOTES §9). They are ignored two ways: while any
 * adapter command runs (and a short while after, because Excel delivers events after the sync
 * that caused them: the length of that delay is a guess), and by `triggerSource` where 1.14 is
 * supported. The handler never syncs: on the web context.sync() can hang inside a handler.
 */
import { guarded } from "./errors";
import { isUserChange } from "./own";

/**
 * Calls `onChange` after each change a person makes to any sheet's cells. Returns a function
 * that removes the handler.
 */
export async function watchSheetChanges(onChange: () => void): Promise<() => Promise<void>> {
  return guarded(() =>
    Excel.run(async (context) => {
      const handler = context.workbook.worksheets.onChanged.add(async (event) => {
        // 1.14 adds triggerSource; older hosts send no such field.
        const source = (event as { triggerSource?: string }).triggerSource;
        if (isUserChange(source)) onChange();
        return Promise.resolve();
      });
      await context.sync();
      // Removed through the context that added it, as the API requires.
      return async () => {
        handler.remove();
        await handler.context.sync();
      };
    }),
  );
}

/**
 * Calls `onActivated` when a person moves to another sheet (`worksheets.onActivated`, ExcelApi
 * 1.7), so the pane shows that sheet's results instead of the last one's. Returns the remover.
 */
export async function watchSheetActivation(onActivated: () => void): Promise<() => Promise<void>> {
  return guarded(() =>
    Excel.run(async (context) => {
      const handler = context.workbook.worksheets.onActivated.add(async () => {
        onActivated();
        return Promise.resolve();
      });
      await context.sync();
      return async () => {
        handler.remove();
        await handler.context.sync();
      };
    }),
  );
}
