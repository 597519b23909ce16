import { app, dialog } from 'electron';
import { startupRestoreFor } from '../../backend';
import { formatsFor } from '../../shared/format';
import { defaultLanguage, translate } from '../../shared/i18n';

/**
 * A damaged database at startup was refused before anything wrote to it. When a good backup exists,
 * the person is told what is wrong and offered to put the latest good one back (the damaged file is
 * kept in the backup folder), then the app starts again on it. False when there is nothing to offer
 * or they decline: the caller then says what is wrong and quits.
 */
export async function offerRestore(error: unknown, dbPath: string, nativeBinding?: string): Promise<boolean> {
  // The file was refused as damaged: DatabaseOpenError.damaged, or its key as a backend process passes it on.
  const { key, params } = (error ?? {}) as { key?: unknown; params?: Record<string, unknown> };
  if (key !== 'errors.dbDamaged') return false;
  const good = startupRestoreFor(dbPath, nativeBinding);
  if (!good) return false;
  const t = (key: string, params?: Record<string, unknown>) => translate(defaultLanguage, key, params);
  const at = formatsFor(defaultLanguage).moment(good.backup.at);
  const { response } = await dialog.showMessageBox({
    type: 'error',
    title: t('app.name'),
    message: t(key, params),
    detail: t('backups.startup.offer', { at, cases: good.holds.cases, file: dbPath }),
    buttons: [t('backups.startup.restore'), t('backups.startup.quit')],
    defaultId: 0,
    cancelId: 1,
  });
  if (response !== 0) return false;
  const done = await good.restore();
  await dialog.showMessageBox({
    type: 'info',
    title: t('app.name'),
    message: t('backups.startup.restored', { at, file: done.keptAs }),
  });
  app.relaunch();
  app.exit(0);
  return true;
}
