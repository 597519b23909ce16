import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { canonicalJson } from '../../shared/canonical-json';
import { statement } from '../sqlite/statements';
import type { AuditEntry } from './types';

export const GENESIS_HASH = '0'.repeat(64);

/** Everything an entry says besides its snapshots and its own hash. */
export interface EntryHeader {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  reason: string | null;
  prevHash: string;
  /** Only present when an import wrote the entry, so entries from before schema 4 hash as they did. */
  importId?: number;
}

/**
 * SHA-256 over the canonical serialisation of the header, then the before and after snapshots as stored
 * (canonical JSON, or `null`), separated by NUL. Hashing the stored text means verification needs no
 * re-serialisation, and one serialisation per snapshot serves both the hash and the row.
 */
export function hashEntry(header: EntryHeader, beforeJson: string | null, afterJson: string | null): string {
  return createHash('sha256')
    .update(canonicalJson(header))
    .update('\u0000')
    .update(beforeJson ?? 'null')
    .update('\u0000')
    .update(afterJson ?? 'null')
    .digest('hex');
}

export interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  reason: string | null;
  prev_hash: string;
  hash: string;
  /** Absent on databases before schema 4. */
  import_id?: number | null;
}

export function headerOf(row: AuditRow): EntryHeader {
  return {
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    reason: row.reason,
    prevHash: row.prev_hash,
    ...(row.import_id != null ? { importId: row.import_id } : {}),
  };
}

export function rowToEntry(row: AuditRow): AuditEntry {
  const { importId: _importId, ...header } = headerOf(row);
  return {
    ...header,
    before: row.before_json === null ? null : (JSON.parse(row.before_json) as unknown),
    after: row.after_json === null ? null : (JSON.parse(row.after_json) as unknown),
    importId: row.import_id ?? null,
    hash: row.hash,
  };
}

export interface NewEntry {
  at: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  before: object | null;
  after: object | null;
  reason: string | null;
  importId?: number | null;
}

/** An entry sealed after the head: its header, its snapshots as stored, and its hash. */
export interface SealedEntry {
  header: EntryHeader;
  beforeJson: string | null;
  afterJson: string | null;
  hash: string;
}

/** Seals an entry to follow `head` (null: the first entry). Both engines append what this returns. */
export function sealEntry(head: { seq: number; hash: string } | null, entry: NewEntry): SealedEntry {
  const header = headerAfter(head, entry);
  const beforeJson = entry.before === null ? null : canonicalJson(entry.before);
  const afterJson = entry.after === null ? null : canonicalJson(entry.after);
  return { header, beforeJson, afterJson, hash: hashEntry(header, beforeJson, afterJson) };
}

function headerAfter(head: { seq: number; hash: string } | null, entry: NewEntry): EntryHeader {
  return {
    seq: (head?.seq ?? 0) + 1,
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    reason: entry.reason,
    prevHash: head?.hash ?? GENESIS_HASH,
    ...(entry.importId != null ? { importId: entry.importId } : {}),
  };
}

/**
 * An entry's header as text around the two values only the head decides, its `prevHash` and its `seq`:
 * `start + prevHash + middle + seq + end` is `canonicalJson(header)`. So a database can seal the entry
 * where it reads the head (PostgreSQL's nadzor_append_entries, one round trip under the write lock)
 * and hash the same text hashEntry does. The three are the header's last keys in canonicalJson's
 * sorted order (prevHash < reason < seq, after every other key), which the chain's tests pin.
 */
export function headerAroundHead(entry: NewEntry): { start: string; middle: string; end: string } {
  const { seq: _seq, prevHash: _prevHash, reason, ...rest } = headerAfter(null, entry);
  const leading = canonicalJson(rest);
  return {
    start: `${leading.slice(0, -1)},"prevHash":"`,
    middle: `","reason":${canonicalJson(reason)},"seq":`,
    end: '}',
  };
}

/** The columns of `audit_log` a sealed entry fills, in the order of `sealedValues`; its import id comes apart. */
export const SEALED_COLUMNS = [
  'seq',
  'at',
  'actor',
  'action',
  'entity_type',
  'entity_id',
  'before_json',
  'after_json',
  'reason',
  'prev_hash',
  'hash',
] as const;

/** A sealed entry's values for `SEALED_COLUMNS`, for either engine's INSERT. */
export const sealedValues = ({ header, beforeJson, afterJson, hash }: SealedEntry) => [
  header.seq,
  header.at,
  header.actor,
  header.action,
  header.entityType,
  header.entityId,
  beforeJson,
  afterJson,
  header.reason,
  header.prevHash,
  hash,
];

/** Appends one sealed entry after the current head and returns its number. Call inside the write's transaction. */
export function appendEntry(db: Database, entry: NewEntry): number {
  const head = statement(db, 'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    { seq: number; hash: string } | undefined;
  const sealed = sealEntry(head ?? null, entry);
  const { header } = sealed;
  // Without an import id the column is left out, so an entry can still be appended to a database of an
  // earlier schema (migration tests build trails on those).
  const columns = SEALED_COLUMNS.join(', ');
  const values = sealedValues(sealed);
  if (header.importId === undefined) {
    statement(db, `INSERT INTO audit_log (${columns}) VALUES (${values.map(() => '?').join(', ')})`).run(
      ...values,
    );
  } else {
    statement(
      db,
      `INSERT INTO audit_log (${columns}, import_id) VALUES (${values.map(() => '?').join(', ')}, ?)`,
    ).run(...values, header.importId);
  }
  return header.seq;
}
