import { accessSync, constants, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Database } from 'better-sqlite3';
import { appendEntry } from '../audit/chain';
import { ChangeFeed, type ChangeEvent } from '../changes';
import { auditedEntities } from '../audit/entities';
import { openDatabase, type OpenOptions } from '../connection';
import { DatabaseDiskError, diskErrorOf, freeBytesBeside, NEARLY_FULL_BYTES } from '../disk-errors';
import type { Change, Readers, Store, WriteTx, Writers } from '../ports';
import { todayIso } from '../../shared/dates';
import { auditReader } from './audit';
import { importWriter } from './imports';
import { signInJournalReader } from './sign-in-journal';
import { signInBookkeeping, userReader, userWriter } from './users';
import { beginWrite, DEFAULT_WRITE_WAIT_MS } from './write-lock';
import { caseReader, caseWriter } from './cases';
import { monitoringReader, monitoringWriter } from './monitoring';
import { Mutex } from './mutex';
import { referenceReader, referenceWriter } from './reference';
import { settingsReader, settingsWriter } from './settings';
import { statsReader } from './stats';

const readersFor = (db: Database, keepStatsTo: Database | null): Readers => ({
  cases: caseReader(db),
  stats: statsReader(db, keepStatsTo),
  monitoring: monitoringReader(db),
  reference: referenceReader(db),
  settings: settingsReader(db),
  audit: auditReader(db),
  users: userReader(db),
  signIns: signInJournalReader(db),
});

const writersFor = (db: Database): Writers => ({
  cases: caseWriter(db),
  monitoring: monitoringWriter(db),
  reference: referenceWriter(db),
  settings: settingsWriter(db),
  users: userWriter(db),
  imports: importWriter(db),
});

export interface SqliteStoreOptions extends OpenOptions {
  now?: () => Date;
  /** How long a write waits while another program writes to the same file (DEFAULT_WRITE_WAIT_MS). */
  writeWaitMs?: number;
  /**
   * For the commands that only read: on a disk too full for SQLite's shared-memory file, read
   * through one connection that holds the file alone (exclusive locking keeps the WAL's index in
   * memory) rather than refuse. Other programs wait while it reads.
   */
  readAloneWhenFull?: boolean;
}

const inMemory = (path: string) => path === ':memory:' || path === '';

const writable = (path: string) => {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * Why SQLite could not make the WAL's shared-memory file beside `path`, when it could not: a disk
 * with no room for it (SQLite would make one it cannot grow and leave it behind, failing every later
 * open with "disk I/O error") or a read-only folder ("unable to open database file").
 */
function shmRefusal(path: string): DatabaseDiskError | null {
  if (existsSync(`${path}-shm`)) return null;
  const free = freeBytesBeside(path);
  if (free !== null && free < NEARLY_FULL_BYTES)
    return new DatabaseDiskError('disk_full', `${free} bytes free beside ${path}`);
  if (existsSync(path) && !writable(dirname(path)))
    return new DatabaseDiskError('disk_read_only', `the folder of ${path} is read-only`);
  return null;
}

/** Opens the writer and the reader; a disk that refuses (full, read-only) is said in words. */
function openConnections(path: string, options: SqliteStoreOptions): { writer: Database; reader: Database } {
  const refusal = inMemory(path) ? null : shmRefusal(path);
  // On a full disk a reader holds the file alone instead. A read-only folder cannot be read so (the
  // exclusive lock needs a writable file), nor can anyone write: it is said in words.
  const alone = refusal?.code === 'disk_full' && options.readAloneWhenFull === true;
  if (refusal && !alone) throw refusal;
  let writer: Database | null = null;
  try {
    writer = openDatabase(path, { ...options, exclusive: alone });
    const reader = inMemory(path) || alone ? writer : openDatabase(path, { ...options, readonly: true });
    return { writer, reader };
  } catch (error) {
    writer?.close();
    throw diskErrorOf(error, path) ?? error;
  }
}

/**
 * SQLite behind the store interfaces. Writes go to one connection, one transaction at a time;
 * reads use a second connection, so they see only committed data (WAL lets both run at once).
 */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Store {
  const { writer, reader } = openConnections(path, options);
  const now = options.now ?? (() => new Date());
  const mutex = new Mutex();
  // Figures counted by the reader are kept in the file through the writer; none inside a write.
  const readers = readersFor(reader, reader === writer ? null : writer);
  const txReaders = readersFor(writer, null);
  const writers = writersFor(writer);
  const bookkeeping = signInBookkeeping(writer);
  const schemaVersion = writer.pragma('user_version', { simple: true }) as number;
  // One PC: the only writes this process can hear of are its own. They are announced once committed.
  const feed = new ChangeFeed();
  let uncommitted: ChangeEvent[] = [];

  // From here on a write waits for another program's in beginWrite, in async steps (see there).
  if (!inMemory(path)) writer.pragma('busy_timeout = 0');
  const writeWaitMs = options.writeWaitMs ?? DEFAULT_WRITE_WAIT_MS;
  /** One transaction on the writer at a time in this process, and its turn among other programs'. */
  const inTransaction = <T>(fn: () => Promise<T>): Promise<T> =>
    mutex.run(async () => {
      await beginWrite(writer, writeWaitMs);
      uncommitted = [];
      try {
        const result = await fn();
        writer.exec('COMMIT');
        const committed = uncommitted;
        uncommitted = [];
        for (const event of committed) feed.emit(event);
        return result;
      } catch (error) {
        uncommitted = [];
        try {
          if (writer.inTransaction) writer.exec('ROLLBACK');
        } catch (rollbackError) {
          // SQLite has rolled back itself after a full disk; anything else is worth seeing.
          if (!diskErrorOf(rollbackError, path)) throw rollbackError;
        }
        throw diskErrorOf(error, path) ?? error;
      }
    });

  const applyEach = async <Id extends string | number>(
    actor: string,
    changes: Change[],
    mutate: (w: Writers) => Promise<Id[]>,
  ): Promise<Id[]> => {
    const befores = changes.map((change) =>
      change.id === undefined ? null : auditedEntities[change.entity].load(writer, String(change.id)),
    );
    const ids = await mutate(writers);
    if (ids.length !== changes.length) throw new Error(`${changes.length} changes made ${ids.length} ids`);
    changes.forEach((change, i) => {
      const id = ids[i]!;
      const seq = appendEntry(writer, {
        at: now().toISOString(),
        actor,
        action: change.action,
        entityType: change.entity,
        entityId: String(id),
        before: befores[i] ?? null,
        after: auditedEntities[change.entity].load(writer, String(id)),
        reason: change.reason ?? null,
        // An import's own entry belongs to it too, so filtering the trail by the import shows where it began.
        importId: change.importId ?? (change.entity === 'import' ? Number(id) : null),
      });
      uncommitted.push({ entity: change.entity, id: String(id), seq });
    });
    return ids;
  };

  return {
    schemaVersion,
    path,
    today: () => todayIso(now()),
    read: (fn) => fn(readers),
    write: (actor, fn) =>
      inTransaction(() => {
        const tx: WriteTx = {
          ...txReaders,
          today: todayIso(now()),
          apply: async (change, mutate) =>
            (await applyEach(actor, [change], async (w) => [await mutate(w)]))[0]!,
          applyEach: (changes, mutate) => applyEach(actor, changes, mutate),
        };
        return fn(tx);
      }),
    subscribe: (listener) => Promise.resolve(feed.subscribe(listener)),
    bookkeep: (fn) => inTransaction(() => Promise.resolve(fn(bookkeeping))),
    close: () =>
      mutex.run(() => {
        if (reader !== writer) reader.close();
        // Fold the WAL back into the main file so a copied database file is complete. On a full disk
        // the main file cannot grow to take it: the WAL stays, whole, and the next open folds it back.
        try {
          writer.pragma('wal_checkpoint(TRUNCATE)');
        } catch (error) {
          if (!diskErrorOf(error, path)) throw error;
        }
        writer.close();
        return Promise.resolve();
      }),
  };
}
