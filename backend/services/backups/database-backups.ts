import { accessSync, constants, copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Store } from '../../../db/ports';
import { listBackups, rotateBackups } from '../../../db/sqlite/backup/backup-folder';
import { backupSettings } from '../../../db/sqlite/backup/backup-settings';
import { UnusableDatabaseError, type UnusableReason } from '../../../db/sqlite/backup/database-contents';
import { makeBackup } from '../../../db/sqlite/backup/make-backup';
import { describeCandidate, restoreDatabase } from '../../../db/sqlite/backup/restore-database';
import type {
  BackupItem,
  BackupOverview,
  BackupSettings,
  RestoreCandidate,
  RestoreDone,
} from '../../../shared/domain/backups';
import type { Language } from '../../../shared/domain/fields';
import { translate } from '../../../shared/i18n';
import type { ErrorCode } from '../../../shared/result';
import { DomainError } from '../../errors';
import type { SwappableStore } from '../../swappable-store';

export interface DatabaseBackupsOptions {
  store: SwappableStore;
  dbPath: string;
  /** Opens the database file again (after a restore), reference data seeded. */
  reopen: () => Promise<Store>;
  /** Ends every session: after a restore, everyone signs in with the accounts of the file put back. */
  endSessions: () => void;
  now: () => Date;
  nativeBinding?: string;
  log?: (message: string) => void;
}

const CODES: Partial<Record<UnusableReason, ErrorCode>> = {
  damaged: 'db_damaged',
  tooNew: 'db_too_new',
  notNadzor: 'db_not_nadzor',
};

/** A file that cannot be restored, worded by the dispatcher in the caller's language. */
const refusal = (error: UnusableDatabaseError) =>
  new DomainError(CODES[error.reason] ?? 'rule_violation', `backups.refused.${error.reason}`, error.params);

/**
 * Backups of this computer's database file, for Settings → Backups and the app's own automatic ones
 * (at the day's first start and at exit). One backup or restore at a time.
 */
export class DatabaseBackups {
  /** Kept as an i18n key, so Settings words it in the language of whoever looks. */
  private lastFailure: { at: string; key: string; params: Record<string, string | number> } | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly o: DatabaseBackupsOptions) {}

  private inTurn<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.queue.then(fn, fn);
    this.queue = next.catch(() => undefined);
    return next;
  }

  settings(): Promise<BackupSettings> {
    return this.o.store.read((r) => backupSettings(r, this.o.dbPath));
  }

  async overview(language: Language): Promise<BackupOverview> {
    // A backup under way (the day's first, one made by hand) is in the list, or its failure is.
    await this.queue;
    const settings = await this.settings();
    const failed = this.lastFailure;
    return {
      settings,
      backups: listBackups(settings.effectiveFolder),
      lastFailure: failed && { at: failed.at, message: translate(language, failed.key, failed.params) },
    };
  }

  /** A checked backup now, then rotation; the new backup's row. */
  create(): Promise<BackupItem> {
    return this.inTurn(() => this.createNow());
  }

  private async createNow(): Promise<BackupItem> {
    const settings = await this.settings();
    const folder = settings.effectiveFolder;
    let made;
    try {
      made = await makeBackup(this.o.dbPath, folder, this.binding({ now: this.o.now }));
    } catch (error) {
      if (error instanceof UnusableDatabaseError)
        throw new DomainError('rule_violation', 'backups.error.checkFailed', { detail: error.message });
      const code = (error as NodeJS.ErrnoException).code;
      if (code) throw new DomainError('rule_violation', 'backups.error.cannotWrite', { folder, code });
      throw error;
    }
    rotateBackups(folder, { daily: settings.keepDaily, monthly: settings.keepMonthly }, this.o.now());
    this.lastFailure = null;
    return listBackups(folder).find((b) => b.file === made.file)!;
  }

  /** A backup made by the app itself: a failure is logged and shown in Settings, never thrown. */
  automatic(when: 'start' | 'exit'): Promise<void> {
    return this.inTurn(() => this.automaticNow(when));
  }

  private async automaticNow(when: 'start' | 'exit'): Promise<void> {
    try {
      if (when === 'start') {
        const today = this.o.now().toISOString().slice(0, 10);
        const { effectiveFolder } = await this.settings();
        if (listBackups(effectiveFolder).some((b) => b.at.startsWith(today))) return;
      }
      await this.createNow();
    } catch (error) {
      const at = this.o.now().toISOString();
      this.lastFailure =
        error instanceof DomainError
          ? { at, key: error.key, params: error.params }
          : { at, key: 'backups.error.unexpected', params: { detail: (error as Error).message } };
      this.o.log?.(
        `[nadzor] the automatic backup at ${when} failed: ${translate('en', this.lastFailure.key, this.lastFailure.params)}`,
      );
    }
  }

  private async candidatePath(file: string): Promise<string> {
    const path = join((await this.settings()).effectiveFolder, file);
    if (!existsSync(path)) throw new DomainError('not_found', 'backups.error.noSuchBackup', { file });
    return path;
  }

  async describe(file: string): Promise<RestoreCandidate> {
    const path = await this.candidatePath(file);
    try {
      return describeCandidate(path, this.o.nativeBinding);
    } catch (error) {
      if (error instanceof UnusableDatabaseError) throw refusal(error);
      throw error;
    }
  }

  /**
   * Puts a backup in the database's place: checked first, the current database kept as a backup,
   * then swapped in while every other call waits. Should the file put back fail to open, the copy
   * kept is put back in its turn, so the app is never left without its database.
   */
  restore(file: string): Promise<RestoreDone> {
    return this.inTurn(async () => {
      const candidate = await this.candidatePath(file);
      const folder = (await this.settings()).effectiveFolder;
      const outcome: { done?: RestoreDone; failure?: Error } = {};
      try {
        await this.o.store.swap(async (current) => {
          let closed = false;
          try {
            outcome.done = await restoreDatabase({
              dbPath: this.o.dbPath,
              candidate,
              folder,
              closeCurrent: async () => {
                closed = true;
                await current.close();
              },
              ...this.binding({ now: this.o.now }),
            });
          } catch (error) {
            if (!closed) throw error;
            // Closed but not swapped: the old file is still in place; open it again and say why.
            outcome.failure = error as Error;
            return this.o.reopen();
          }
          try {
            return await this.o.reopen();
          } catch (error) {
            outcome.failure = error as Error;
            this.putBack(join(folder, outcome.done.keptAs));
            return this.o.reopen();
          }
        });
      } catch (error) {
        if (error instanceof UnusableDatabaseError) throw refusal(error);
        throw error;
      }
      if (outcome.failure) throw outcome.failure;
      this.o.endSessions();
      return outcome.done!;
    });
  }

  private putBack(kept: string): void {
    for (const companion of ['-wal', '-shm']) rmSync(`${this.o.dbPath}${companion}`, { force: true });
    copyFileSync(kept, this.o.dbPath);
  }

  private binding<T extends object>(options: T): T & { nativeBinding?: string } {
    return this.o.nativeBinding ? { ...options, nativeBinding: this.o.nativeBinding } : options;
  }
}

/** A folder the administrator names: absolute, and one this computer can create and write into. */
export function checkFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true });
    accessSync(folder, constants.W_OK);
  } catch (error) {
    throw DomainError.field('invalid_input', {
      path: 'folder',
      key: 'backups.error.folderNotWritable',
      params: { code: (error as NodeJS.ErrnoException).code ?? 'error' },
    });
  }
}
