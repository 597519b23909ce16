import pg from 'pg';
import type { Change, Readers, Store, WriteTx, Writers } from '../ports';
import { todayIso } from '../../shared/dates';
import type { NewEntry } from '../audit/chain';
import {
  appendAndCommitPgEntries,
  appendPgEntries,
  forgetWriteLock,
  holdsWriteLock,
  lockEntities,
  pgAuditReader,
} from './audit';
import { inTransaction } from './locked-transaction';
import { ChangeFeed, type ChangeListener } from '../changes';
import { listenForChanges, type ChangeListening } from './changes';
import {
  forgetAftersWritten,
  forgetBeforesRead,
  forgetLoadedParties,
  pgAuditedEntities,
  snapshotsOf,
  takeAfterWritten,
  takeBeforeRead,
} from './audit-entities';
import { pgCaseReader, pgCaseWriter } from './cases';
import { migratePg } from './migrate';
import { pgMonitoringReader, pgMonitoringWriter } from './monitoring';
import { pgReferenceReader, pgReferenceWriter, type KnownReferenceIds, type ReferenceIds } from './reference';
import { pgImportWriter, pgSettingsReader, pgSettingsWriter } from './settings';
import { SettingsCache } from './settings-cache';
import { connectionHealth, nadzorTypes, type OnSnapshot, type Queryable } from './sql';
import { newSessionCache, pgSessions } from './sessions';
import { pgSignInJournalReader } from './sign-in-journal';
import { redacted } from './redacted';
import { oneAtATime, SnapshotHelpers, type SharedSnapshot } from './shared-snapshot';
import { pgStatsReader } from './stats';
import { Mutex } from '../sqlite/mutex';
import { pgBookkeep, pgUserReader, pgUserWriter } from './users';

const readersFor = (
  db: Queryable,
  consistent: OnSnapshot,
  referenceIds?: ReferenceIds,
  keep: Queryable | null = null,
  inWrite = false,
): Readers => ({
  cases: pgCaseReader(db, inWrite),
  stats: pgStatsReader(db, consistent, keep),
  monitoring: pgMonitoringReader(db),
  reference: pgReferenceReader(db, referenceIds),
  settings: pgSettingsReader(db),
  audit: pgAuditReader(db, consistent),
  users: pgUserReader(db),
  signIns: pgSignInJournalReader(db),
});

const writersFor = (db: Queryable, referenceIds: ReferenceIds): Writers => ({
  cases: pgCaseWriter(db),
  monitoring: pgMonitoringWriter(db),
  reference: pgReferenceWriter(db, referenceIds),
  settings: pgSettingsWriter(db),
  users: pgUserWriter(db),
  imports: pgImportWriter(db),
});

/** `writer` with `note` called before each of its writes. */
const noting = <W extends object>(writer: W, note: () => void): W =>
  Object.fromEntries(
    Object.entries(writer).map(([name, method]) => [
      name,
      (...args: unknown[]) => {
        note();
        return (method as (...a: unknown[]) => unknown)(...args);
      },
    ]),
  ) as W;

/** Entries a write keeps to append at its end; past them it takes the write lock and appends as it goes. */
const BUFFERED_ENTRIES = 200;

/**
 * Connections beside a snapshot's own that count the statistics with it: on two cores, two more
 * keep both busy while one connection waits on the network.
 */
const SNAPSHOT_HELPERS = 2;

/** How often a write that PostgreSQL chose to fail in a deadlock is run again. */
const DEADLOCK_ATTEMPTS = 3;

/**
 * Runs `attempt` again when PostgreSQL failed it to break a deadlock (SQLSTATE 40P01): the transaction
 * rolled back whole, so running the write again from its start changes nothing twice.
 */
async function retryDeadlock<T>(attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if ((error as { code?: string }).code !== '40P01' || tries >= DEADLOCK_ATTEMPTS) throw error;
    }
  }
}

export interface PgStoreOptions {
  now?: () => Date;
  /** Connections kept open at most (node-postgres' pool size). */
  maxConnections?: number;
  /** How long a new connection may take before the call needing it is refused (connectionHealth's 10 s). */
  connectTimeoutMs?: number;
}

/**
 * PostgreSQL behind the store interfaces, for an office sharing one database. Reads run on pooled
 * connections and see committed data. Each write is one transaction on one connection that takes the
 * database's write lock (an advisory transaction lock) to append to the trail, so the appends of every
 * connection and every server follow one another, and each audit entry is appended after the head the
 * previous write committed, in the same transaction as its change (see `write` below).
 */
export async function openPgStore(connectionString: string, options: PgStoreOptions = {}): Promise<Store> {
  const connections = (max: number) => {
    const pool = new pg.Pool({
      connectionString,
      max,
      types: nadzorTypes,
      ...connectionHealth,
      ...(options.connectTimeoutMs ? { connectionTimeoutMillis: options.connectTimeoutMs } : {}),
    });
    // An idle connection that fails (a server restart) must not bring the process down; the next
    // query opens a new one.
    pool.on('error', () => undefined);
    // Nor may one lost while a write holds it between two statements: that write's next statement fails
    // and rolls it back; the event itself has no one else to tell.
    pool.on('connect', (client) => client.on('error', () => undefined));
    return pool;
  };
  const pool = connections(options.maxConnections ?? 10);
  let schemaVersion: number;
  try {
    schemaVersion = await migratePg(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const now = options.now ?? (() => new Date());

  // Two connections more for the statistics' counts (helpers.share), lent to one count at a time.
  const helpers = new SnapshotHelpers(connections(SNAPSHOT_HELPERS));
  /** A read-only transaction on one snapshot: what verification and the statistics need. */
  const snapshot: OnSnapshot = async (fn) => {
    const client = await pool.connect();
    let shared: Promise<SharedSnapshot> | null = null;
    const widen = async () => (await (shared ??= helpers.share(client))).db;
    const unshare = async () => (shared ? (await shared.catch(() => null))?.close() : undefined);
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const result = await fn(client, widen);
      await unshare();
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await unshare();
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
  // Announcements from every server writing to this database, heard on one connection of its own that
  // is opened with the first listener and closed after the last; the settings and sessions this server
  // keeps make it listen from their first read to the store's close, and are forgotten whenever the
  // connection is lost.
  const knownReferenceIds: KnownReferenceIds = {};
  const feed = new ChangeFeed();
  let listening: ChangeListening | null = null;
  let keeping = false;
  let closed = false;
  const isLive = () => listening?.isLive() ?? false;
  const keepListening = () => {
    if (keeping || closed) return;
    keeping = true;
    feed.subscribe((event) => {
      if (event.entity === 'setting') settings.drop();
    });
    listen();
  };
  const settings = new SettingsCache(isLive, keepListening);
  const keptSessions = newSessionCache(isLive, keepListening);
  const listen = () =>
    (listening ??= listenForChanges(
      connectionString,
      (event) => feed.emit(event),
      () => {
        settings.drop();
        keptSessions.drop();
      },
      (payload) => keptSessions.heard(payload),
    ));
  const readers = {
    ...readersFor(pool, snapshot, undefined, pool),
    settings: settings.reader(pgSettingsReader(pool)),
  };

  /**
   * One write transaction; everything in it commits together or not at all. It takes the write lock
   * only when it appends to the trail (below), and a deadlock among writers is retried (retryDeadlock).
   */
  const transaction = <T>(
    fn: (client: pg.PoolClient) => Promise<T>,
    commit?: (client: pg.PoolClient) => Promise<unknown>,
  ): Promise<T> =>
    retryDeadlock(() =>
      inTransaction(
        pool,
        fn,
        (client) => {
          forgetWriteLock(client);
          forgetLoadedParties(client);
          forgetBeforesRead(client);
          forgetAftersWritten(client);
        },
        false,
        commit,
      ),
    );

  /*
   * A write reads, checks and writes its rows first, on its own, and takes the write lock only to append
   * its entries to the trail, then commits, in one message to PostgreSQL (appendAndCommitPgEntries,
   * nadzor_append_entries: migration 014): the lock is held while PostgreSQL seals the entries and
   * commits, not across a round trip, instead of the whole edit, so writers of different cases run
   * side by side.
   *
   * What still keeps each guarantee:
   * - one chain: the head is read and the entries inserted under the lock, held until the commit;
   * - the entry in the same transaction as its change: both commit together or not at all;
   * - the entries of one entity in the order of its changes: `before` is read holding the entity's own
   *   lock (lockEntity), held until the commit, after the append (an edit takes its case's lock with its
   *   first read of the case, readPgRecordForWrite, and that read is its `before`); so a second writer
   *   of the same case waits for the first to commit, then reads the state it left (a stale version is
   *   refused by replacePgRecord's `WHERE version = $n`), and appends after it;
   * - ids without collisions: from sequences (migration 009), which need no lock.
   *
   * Why no deadlock involves the write lock: a write holding it requests no other lock any more (it only
   * inserts into audit_log, which only holders of the lock write, and commits; at the commit it numbers
   * the statistics years it changed, rows only another holder of the lock at its own commit could
   * hold), so whoever waits for it waits for a transaction that waits for nobody. The exception is a write of more than
   * BUFFERED_ENTRIES entries (an import), whose first entries are appended once they reach that number
   * so the snapshots of a whole file are not all kept in memory: it then holds the lock while it goes on
   * writing, and could wait for an entity or a row an edit locked while that edit waits for the lock.
   * Locks taken in different orders before the write lock (two writes of the same two cases in opposite
   * orders; two edits moving cases between the same two districts, whose case counts they update) are
   * the other way two writers can wait for each other. PostgreSQL detects any such cycle (advisory locks
   * included) within deadlock_timeout and fails one transaction, which rolls back whole and is run again.
   */
  const write = async <T>(actor: string, fn: (tx: WriteTx) => Promise<T>): Promise<T> => {
    let wroteSettings = false;
    let wroteUsers = false;
    try {
      return await writeOnce(actor, fn, {
        settings: () => (wroteSettings = true),
        users: () => (wroteUsers = true),
      });
    } finally {
      // This server's own change is kept no more from its commit on, before its announcement comes back.
      if (wroteSettings) settings.drop();
      if (wroteUsers) keptSessions.drop();
    }
  };
  const writeOnce = <T>(
    actor: string,
    fn: (tx: WriteTx) => Promise<T>,
    writes: { settings: () => void; users: () => void },
  ): Promise<T> => {
    let pending: Omit<NewEntry, 'at'>[] = [];
    // The entry's time is when it is appended, so the trail's times follow its order.
    const stamped = () => pending.map((entry) => ({ ...entry, at: now().toISOString() }));
    return transaction(
      async (client) => {
        // A deadlock's second attempt starts again from nothing.
        pending = [];
        const referenceIds: ReferenceIds = { known: knownReferenceIds };
        const writers = writersFor(client, referenceIds);
        writers.settings = noting(writers.settings, writes.settings);
        writers.users = noting(writers.users, writes.users);
        // Kept for the commit's message, unless the write already holds the lock or has kept too many.
        const append = async (entries: Omit<NewEntry, 'at'>[]) => {
          pending.push(...entries);
          if (!holdsWriteLock(client) && pending.length < BUFFERED_ENTRIES) return;
          await appendPgEntries(client, stamped());
          pending = [];
        };
        // Applies run one at a time even if a caller starts several at once: each entry's before, change
        // and after belong together.
        const applying = new Mutex();
        const applyEach = <Id extends string | number>(
          changes: Change[],
          mutate: (w: Writers) => Promise<Id[]>,
        ): Promise<Id[]> =>
          applying.run(async () => {
            // The party rows kept for a replace are the ones this change's `before` reads, no older; the
            // `after` kept by a replace, one this change's own.
            forgetLoadedParties(client);
            forgetAftersWritten(client);
            // A `before` read under its entity's lock since the last change (an edit's case, read with its
            // record: readPgRecordForWrite) is the entity as it still is; the others are locked and read.
            const read = changes.map((change) =>
              change.id === undefined ? undefined : takeBeforeRead(client, change.entity, String(change.id)),
            );
            const toLock = changes.filter((change, i) => change.id !== undefined && read[i] === undefined);
            if (toLock.length > 0)
              await lockEntities(
                client,
                toLock.map((change) => ({ type: change.entity, id: String(change.id) })),
              );
            const befores: (object | null)[] = [];
            for (const [i, change] of changes.entries()) {
              befores.push(
                change.id === undefined
                  ? null
                  : (read[i] ?? (await pgAuditedEntities[change.entity].load(client, String(change.id)))),
              );
            }
            let ids: Id[];
            try {
              ids = await mutate(writers);
            } finally {
              // What was read before the change may be no longer so.
              forgetLoadedParties(client);
              forgetBeforesRead(client);
            }
            if (ids.length !== changes.length)
              throw new Error(`${changes.length} changes made ${ids.length} ids`);
            // A case replaced without rewriting its parties kept its `after` (replacePgRecord): unread.
            const written = changes.map((change, i) =>
              takeAfterWritten(client, change.entity, String(ids[i])),
            );
            forgetAftersWritten(client);
            const afters = written.every((after) => after !== undefined)
              ? written
              : await snapshotsOf(client, changes, ids.map(String));
            await append(
              changes.map((change, i) => ({
                actor,
                action: change.action,
                entityType: change.entity,
                entityId: String(ids[i]),
                before: befores[i] ?? null,
                after: afters[i] ?? null,
                reason: change.reason ?? null,
                // An import's own entry belongs to it too, so filtering the trail by the import shows where it began.
                importId: change.importId ?? (change.entity === 'import' ? Number(ids[i]) : null),
              })),
            );
            return ids;
          });
        const apply = async <Id extends string | number>(
          change: Change,
          mutate: (w: Writers) => Promise<Id>,
        ) => (await applyEach([change], async (w) => [await mutate(w)]))[0]!;
        const result = await fn({
          ...readersFor(
            client,
            (f) => f(client, () => Promise.resolve(oneAtATime(client))),
            referenceIds,
            null,
            true,
          ),
          today: todayIso(now()),
          apply,
          applyEach,
        });
        return result;
      },
      // The last entries go with the COMMIT, so the write lock is never held across a round trip.
      (client) => (pending.length > 0 ? appendAndCommitPgEntries(client, stamped()) : client.query('COMMIT')),
    );
  };

  const subscribe = async (listener: ChangeListener) => {
    const unsubscribe = feed.subscribe(listener);
    await listen().live();
    return () => {
      unsubscribe();
      if (feed.size > 0 || !listening) return;
      void listening.stop();
      listening = null;
    };
  };

  return {
    schemaVersion,
    path: redacted(connectionString),
    today: () => todayIso(now()),
    read: (fn) => fn(readers),
    write,
    // Sign-in bookkeeping appends nothing to the trail, so it takes no write lock: its UPDATE of the
    // user's row waits for, or is waited for by, any other write of that row (a user's edit locks it).
    bookkeep: async (fn) => {
      // It changes a user's row (attempts, last sign-in): forgotten here at once, as the announcement will.
      try {
        return await transaction((client) => pgBookkeep(client, fn));
      } finally {
        keptSessions.drop();
      }
    },
    subscribe,
    sessions: (clock) => pgSessions(pool, clock, keptSessions),
    close: async () => {
      closed = true;
      await listening?.stop();
      listening = null;
      await Promise.all([pool.end(), helpers.end()]);
    },
  };
}
