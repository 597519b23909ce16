import type { Database } from 'better-sqlite3';
import type { CaseRecord } from '../shared/domain/case-record';
import { hashEntry, headerOf, type AuditRow } from './audit/chain';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** A fresh database path in its own temporary folder, removed after the test. */
export function tempDbPath(name = 'nadzor.sqlite'): string {
  const dir = mkdtempSync(join(tmpdir(), 'nadzor-test-'));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  return join(dir, name);
}

/** A case with nothing recorded beyond its registration, for repository tests. */
export function registeredCase(registryNumber: string, registeredOn: string): CaseRecord {
  return {
    registryNumber,
    article: '194',
    part: null,
    district: 'Almaty',
    registeredOn,
    forwardedToCourtOn: null,
    closedOn: null,
    closedReason: null,
    groupCrime: false,
    platforms: [],
    tactics: [],
    damageKzt: null,
    victims: [],
    defendants: [],
  };
}

/**
 * Rewrites the trail from entry `seq` on as an insider with the sqlite3 shell and the chain's code
 * would: that entry gets another reason and every later hash is recomputed, so the chain alone verifies.
 */
export function rewriteTrailFrom(db: Database, seq: number): Promise<void> {
  db.exec('DROP TRIGGER IF EXISTS audit_log_no_update');
  const rows = db.prepare('SELECT * FROM audit_log WHERE seq >= ? ORDER BY seq').all(seq) as AuditRow[];
  let prev = rows[0]!.prev_hash;
  for (const row of rows) {
    const reason = row.seq === seq ? 'rewritten' : row.reason;
    const hash = hashEntry(headerOf({ ...row, reason, prev_hash: prev }), row.before_json, row.after_json);
    db.prepare('UPDATE audit_log SET reason = ?, prev_hash = ?, hash = ? WHERE seq = ?').run(
      reason,
      prev,
      hash,
      row.seq,
    );
    prev = hash;
  }
  return Promise.resolve();
}
