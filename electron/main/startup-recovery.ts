import { dirname } from 'node:path';
import type { MessageBoxOptions, OpenDialogOptions } from 'electron';
import type { Language } from '../../shared/domain/fields';
import { formatsFor } from '../../shared/format';
import { translate } from '../../shared/i18n';

/**
 * The database a start opens, and what happens when it is refused. Electron's dialogs and the backend
 * process come in as functions, so the decisions are tested without Electron (startup-recovery.test.ts);
 * electron/main/index.ts only wires them.
 *
 * A refused file (damaged, not a Nadzor file, written by a newer version: db/open-errors.ts) is never
 * written to: the person reads what is wrong in their words and chooses to restore its latest good
 * backup (when the refusal offers one), open another file, or quit; a file they open that is refused
 * too is met with the same question, until one opens or they quit.
 *
 * The file they choose is remembered for the next starts: someone who picked the file to work on expects
 * the app to keep working on it, not to fall back to the refused one tomorrow. It is kept in the data
 * folder (chosen-database.ts), the person is told so, and a remembered file that is gone (a moved file, an
 * unplugged disk) is forgotten — with a word — in favour of the app's own file. NADZOR_DB (tests, a
 * second database) names the file outright: nothing is remembered then.
 */

/** A database the backend process refused; read by shape from BackendStartError (backend-process.ts). */
interface Refusal {
  key: string;
  params?: Record<string, unknown> | undefined;
  restoreOffer?: { at: string; cases: number; restore(): Promise<string> } | undefined;
  /** Ends the refused backend process. */
  end?: () => void;
}

/** The keys of db/open-errors.ts: a file refused before anything wrote to it. */
const refusedKeys: ReadonlySet<string> = new Set([
  'errors.dbDamaged',
  'errors.dbNotNadzor',
  'errors.dbTooNew',
]);

function refusalOf(error: unknown): Refusal | null {
  if (typeof error !== 'object' || error === null) return null;
  const { key } = error as { key?: unknown };
  return typeof key === 'string' && refusedKeys.has(key) ? (error as Refusal) : null;
}

export interface StartupDatabase<B> {
  language: Language;
  /** The app's own file in the data folder. */
  defaultPath: string;
  /** NADZOR_DB: the file named outright (tests, a second database). */
  namedPath?: string | undefined;
  /** The file the person chose at an earlier start (chosen-database.ts), if any. */
  remembered: string | null;
  exists(path: string): boolean;
  /**
   * Starts the backend process on a file; rejects with its refusal. `named`: a file named outright or
   * chosen by the person, opened as it is (no choice between this computer and the office server).
   */
  start(dbPath: string, named: boolean): Promise<B>;
  /** Keeps the person's choice for the next starts (null: back to the app's own file). */
  remember(dbPath: string | null): void;
  showMessageBox(options: MessageBoxOptions): Promise<{ response: number }>;
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
}

/** The opened backend, or null when the person chose to quit. Errors other than a refusal pass through. */
export async function openAtStartup<B>(deps: StartupDatabase<B>): Promise<B | null> {
  const t = (key: string, params?: Record<string, unknown>) => translate(deps.language, key, params);
  let target = await firstTarget(deps, t);
  for (;;) {
    try {
      const backend = await deps.start(target.dbPath, target.named);
      if (target.refused) await keepChoice(deps, t, target.dbPath, target.refused);
      return backend;
    } catch (error) {
      const refusal = refusalOf(error);
      if (!refusal) throw error;
      const next = await decide(deps, t, refusal, target);
      refusal.end?.();
      if (!next) return null;
      target = next;
    }
  }
}

interface Target {
  dbPath: string;
  named: boolean;
  /** Set when the person chose this file after that one was refused. */
  refused?: string;
}

type Translate = (key: string, params?: Record<string, unknown>) => string;

async function firstTarget<B>(deps: StartupDatabase<B>, t: Translate): Promise<Target> {
  if (deps.namedPath) return { dbPath: deps.namedPath, named: true };
  if (deps.remembered && deps.exists(deps.remembered)) return { dbPath: deps.remembered, named: true };
  if (deps.remembered) {
    deps.remember(null);
    await deps.showMessageBox({
      type: 'warning',
      title: t('app.name'),
      message: t('backups.startup.chosenGone', { file: deps.remembered }),
      detail: t('backups.startup.ownFile', { file: deps.defaultPath }),
    });
  }
  return { dbPath: deps.defaultPath, named: false };
}

/** Asks until the person restores (then the same file opens again), picks another file, or quits (null). */
async function decide<B>(
  deps: StartupDatabase<B>,
  t: Translate,
  refusal: Refusal,
  target: Target,
): Promise<Target | null> {
  const { dbPath } = target;
  let offer = refusal.restoreOffer;
  for (;;) {
    const at = offer ? formatsFor(deps.language).moment(offer.at) : '';
    const choices = [...(offer ? (['restore'] as const) : []), 'open', 'quit'] as const;
    const { response } = await deps.showMessageBox({
      type: 'error',
      title: t('app.name'),
      message: t(refusal.key, refusal.params),
      detail: offer
        ? t('backups.startup.offer', { at, cases: offer.cases, file: dbPath })
        : t('backups.startup.untouched', { file: dbPath }),
      buttons: choices.map((choice) => t(`backups.startup.${choice}`)),
      defaultId: 0,
      cancelId: choices.length - 1,
    });
    const choice = choices[response] ?? 'quit';
    if (choice === 'quit') return null;
    if (choice === 'restore' && offer) {
      try {
        const keptAs = await offer.restore();
        await deps.showMessageBox({
          type: 'info',
          title: t('app.name'),
          message: t('backups.startup.restored', { at, file: keptAs }),
        });
        return target;
      } catch (error) {
        offer = undefined; // it did not go back once; the person is asked again without it
        await deps.showMessageBox({
          type: 'error',
          title: t('app.name'),
          message: t('backups.startup.restoreFailed', {
            detail: error instanceof Error ? error.message : String(error),
          }),
        });
        continue;
      }
    }
    const picked = await deps.showOpenDialog({
      title: t('backups.startup.openTitle'),
      defaultPath: dirname(dbPath),
      properties: ['openFile'],
      filters: [
        { name: t('backups.startup.sqliteFiles'), extensions: ['sqlite', 'sqlite3', 'db'] },
        { name: t('backups.startup.allFiles'), extensions: ['*'] },
      ],
    });
    const chosen = picked.canceled ? undefined : picked.filePaths[0];
    if (chosen) return { dbPath: chosen, named: true, refused: dbPath };
  }
}

/** The chosen file opened: remembered for the next starts (unless NADZOR_DB names the file), and said so. */
async function keepChoice<B>(
  deps: StartupDatabase<B>,
  t: Translate,
  dbPath: string,
  refused: string,
): Promise<void> {
  if (deps.namedPath) return;
  deps.remember(dbPath === deps.defaultPath ? null : dbPath);
  if (dbPath === deps.defaultPath) return;
  await deps.showMessageBox({
    type: 'info',
    title: t('app.name'),
    message: t('backups.startup.chosenKept', { file: dbPath }),
    detail: t('backups.startup.refusedKept', { file: refused }),
  });
}
