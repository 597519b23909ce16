import pg from 'pg';
import type { Change, Readers, Store, WriteTx, Writers } from '../ports';
import { todayIso } from '../../shared/dates';
import { appendPgEntries, forgetHead, pgAuditReader } from './audit';
import { forgetIds } from './next-id';
import { inLockedTransaction } from './locked-transaction';
import { ChangeFeed, type ChangeListener } from '../changes';
import { listenForChanges, type ChangeListening } from './changes';
import { pgAuditedEntities, snapshotsOf } from './audit-entities';
import { pgCaseReader, pgCaseWriter } from './cases';
import { migratePg } from './migrate';
import { pgMonitoringReader, pgMonitoringWriter } from './monitoring';
import { pgReferenceReader, pgReferenceWriter, type ReferenceIds } from './reference';
import { pgImportWriter, pgSettingsReader, pgSettingsWriter } from './settings';
import { connectionHealth, nadzorTypes, type Queryable } from './sql';
import { pgSessions } from './sessions';
import { pgStatsReader } from './stats';
import { Mutex } from '../sqlite/mutex';
import { pgBookkeep, pgUserReader, pgUserWriter } from './users';

const readersFor = (
  db: Queryable,
  consistent: <T>(fn: (db: Queryable) => Promise<T>) => Promise<T>,
  referenceIds?: ReferenceIds,
  keep: Queryable | null = null,
): Readers => ({
  cases: pgCaseReader(db),
  stats: pgStatsReader(db, consistent, keep),
  monitoring: pgMonitoringReader(db),
  reference: pgReferenceReader(db, referenceIds),
  settings: pgSettingsReader(db),
  audit: pgAuditReader(db, consistent),
  users: pgUserReader(db),
});

const writersFor = (db: Queryable, referenceIds: ReferenceIds): Writers => ({
  cases: pgCaseWriter(db),
  monitoring: pgMonitoringWriter(db),
  reference: pgReferenceWriter(db, referenceIds),
  settings: pgSettingsWriter(db),
  users: pgUserWriter(db),
  imports: pgImportWriter(db),
});

export interface PgStoreOptions {
  now?: () => Date;
  /** Connections kept open at most (node-postgres' pool size). */
  maxConnections?: number;
  /** How long a new connection may take before the call needing it is refused (connectionHealth's 10 s). */
  connectTimeoutMs?: number;
}

/**
 * PostgreSQL behind the store interfaces, for an office sharing one database. Reads run on pooled
 * connections and see committed data. Each write is one transaction on one connection that first
 * takes the database's write lock (an advisory transaction lock), so writes from every connection
 * and every server follow one another as on SQLite, and each audit entry is appended after the head
 * the previous write committed, in the same transaction as its change.
 */
export async function openPgStore(connectionString: string, options: PgStoreOptions = {}): Promise<Store> {
  const pool = new pg.Pool({
    connectionString,
    max: options.maxConnections ?? 10,
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
  let schemaVersion: number;
  try {
    schemaVersion = await migratePg(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const now = options.now ?? (() => new Date());

  /** A read-only transaction on one snapshot: what verification needs. */
  const snapshot = async <T>(fn: (db: Queryable) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
  const readers = readersFor(pool, snapshot, undefined, pool);

  /** One transaction holding the write lock; everything in it commits together or not at all. */
  const locked = <T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> =>
    inLockedTransaction(pool, fn, (client) => {
      forgetIds(client);
      forgetHead(client);
    });

  const write = <T>(actor: string, fn: (tx: WriteTx) => Promise<T>): Promise<T> =>
    locked((client) => {
      const referenceIds: ReferenceIds = {};
      const writers = writersFor(client, referenceIds);
      // Applies run one at a time even if a caller starts several at once: each entry's before, change
      // and after belong together.
      const applying = new Mutex();
      const applyEach = <Id extends string | number>(
        changes: Change[],
        mutate: (w: Writers) => Promise<Id[]>,
      ): Promise<Id[]> =>
        applying.run(async () => {
          const befores: (object | null)[] = [];
          for (const change of changes) {
            befores.push(
              change.id === undefined
                ? null
                : await pgAuditedEntities[change.entity].load(client, String(change.id)),
            );
          }
          const ids = await mutate(writers);
          if (ids.length !== changes.length)
            throw new Error(`${changes.length} changes made ${ids.length} ids`);
          const afters = await snapshotsOf(client, changes, ids.map(String));
          await appendPgEntries(
            client,
            changes.map((change, i) => ({
              at: now().toISOString(),
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
      const apply = async <Id extends string | number>(change: Change, mutate: (w: Writers) => Promise<Id>) =>
        (await applyEach([change], async (w) => [await mutate(w)]))[0]!;
      return fn({
        ...readersFor(client, (f) => f(client), referenceIds),
        today: todayIso(now()),
        apply,
        applyEach,
      });
    });

  // Announcements from every server writing to this database, heard on one connection of its own that
  // is opened with the first listener and closed after the last.
  const feed = new ChangeFeed();
  let listening: ChangeListening | null = null;
  const subscribe = async (listener: ChangeListener) => {
    const unsubscribe = feed.subscribe(listener);
    listening ??= listenForChanges(connectionString, (event) => feed.emit(event));
    await listening.live();
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
    // Sign-in bookkeeping takes the write lock too, so it never interleaves with a write of the same row.
    bookkeep: (fn) => locked((client) => pgBookkeep(client, fn)),
    subscribe,
    sessions: (clock) => pgSessions(pool, clock),
    close: async () => {
      await listening?.stop();
      listening = null;
      await pool.end();
    },
  };
}

/**
 * The connection as it may be shown or logged (Settings › About, the server's start, the command
 * line's messages): its user, host, port and database, and nothing else, so neither the password nor a
 * parameter carrying one (`?password=`, `?sslpassword=`) is ever shown.
 */
export function redacted(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    const given = (name: string) => url.searchParams.get(name) ?? '';
    const user = decodeURIComponent(url.username) || given('user');
    const host = url.hostname || given('host');
    const port = url.port || given('port');
    const database = decodeURIComponent(url.pathname.slice(1)) || given('dbname');
    return `postgresql://${user ? `${user}@` : ''}${host}${port ? `:${port}` : ''}/${database}`;
  } catch {
    return 'postgresql';
  }
}
