import { app, dialog } from 'electron';
import { formatsFor } from '../../shared/format';
import { defaultLanguage, translate } from '../../shared/i18n';
import { BackendStartError } from './backend-process';

/**
 * A damaged database at startup was refused before anything wrote to it. When a good backup exists,
 * the person is told what is wrong and offered to put the latest good one back (the damaged file is
 * kept in the backup folder), then the app starts again on it. False when there is nothing to offer
 * or they decline: the caller then says what is wrong and quits.
 */
export async function offerRestore(error: unknown, dbPath: string): Promise<boolean> {
  // The backend process refused the file as damaged and found a good backup (backend-process/index.ts).
  if (!(error instanceof BackendStartError) || !error.restoreOffer || !error.key) return false;
  const { key, params, restoreOffer: good } = error;
  const t = (key: string, params?: Record<string, unknown>) => translate(defaultLanguage, key, params);
  const at = formatsFor(defaultLanguage).moment(good.at);
  const { response } = await dialog.showMessageBox({
    type: 'error',
    title: t('app.name'),
    message: t(key, params),
    detail: t('backups.startup.offer', { at, cases: good.cases, file: dbPath }),
    buttons: [t('backups.startup.restore'), t('backups.startup.quit')],
    defaultId: 0,
    cancelId: 1,
  });
  if (response !== 0) return false;
  const keptAs = await good.restore();
  await dialog.showMessageBox({
    type: 'info',
    title: t('app.name'),
    message: t('backups.startup.restored', { at, file: keptAs }),
  });
  app.relaunch();
  app.exit(0);
  return true;
}
