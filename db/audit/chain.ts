import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { canonicalJson } from '../../shared/canonical-json';
import type { AuditEntry } from './types';

export const GENESIS_HASH = '0'.repeat(64);

export type UnsealedEntry = Omit<AuditEntry, 'hash'>;

/** SHA-256 over the canonical serialisation of every field but the hash itself. */
export function hashEntry(entry: UnsealedEntry): string {
  return createHash('sha256').update(canonicalJson(entry)).digest('hex');
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
}

export function rowToEntry(row: AuditRow): AuditEntry {
  return {
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    before: row.before_json === null ? null : (JSON.parse(row.before_json) as unknown),
    after: row.after_json === null ? null : (JSON.parse(row.after_json) as unknown),
    reason: row.reason,
    prevHash: row.prev_hash,
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
}

/** Appends one sealed entry after the current head. Call inside the write's transaction. */
export function appendEntry(db: Database, entry: NewEntry): AuditEntry {
  const head = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    | { seq: number; hash: string }
    | undefined;
  // Snapshots are stored canonically, so what is hashed is exactly what is read back.
  const before = entry.before === null ? null : (JSON.parse(canonicalJson(entry.before)) as unknown);
  const after = entry.after === null ? null : (JSON.parse(canonicalJson(entry.after)) as unknown);
  const unsealed: UnsealedEntry = {
    ...entry,
    before,
    after,
    seq: (head?.seq ?? 0) + 1,
    prevHash: head?.hash ?? GENESIS_HASH,
  };
  const sealed: AuditEntry = { ...unsealed, hash: hashEntry(unsealed) };
  db.prepare(
    `INSERT INTO audit_log (seq, at, actor, action, entity_type, entity_id, before_json, after_json, reason, prev_hash, hash)
     VALUES (@seq, @at, @actor, @action, @entityType, @entityId, @before, @after, @reason, @prevHash, @hash)`,
  ).run({
    ...sealed,
    before: before === null ? null : canonicalJson(before),
    after: after === null ? null : canonicalJson(after),
  });
  return sealed;
}
