import { describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import type { AuditQuery } from '../ports';
import { seqSet } from './audit-query';

/*
 * The Audit screen must stay quick on a trail of hundreds of thousands of entries: every filter, alone
 * or combined, is answered from an index, never by reading the entries (snapshots and all) one by one.
 */

const filters: Record<string, AuditQuery> = {
  actor: { actor: 'user:dana' },
  days: { since: '2026-11-01T00:00:00.000Z', until: '2026-11-02T00:00:00.000Z' },
  action: { action: 'case.forward' },
  entityType: { entityType: 'case' },
  entities: {
    entities: [
      { type: 'case', id: '1' },
      { type: 'person', id: '1' },
    ],
  },
  import: { importId: 7 },
  everything: {
    actor: 'user:dana',
    since: '2026-11-01T00:00:00.000Z',
    action: 'case.forward',
    entities: [{ type: 'case', id: '1' }],
    importId: 7,
  },
};

describe('the trail filters’ query plans', () => {
  const db = openDatabase(':memory:');
  const plan = (sql: string, params: (string | number)[]) =>
    (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);

  for (const [name, query] of Object.entries(filters)) {
    it(`reads only indexes for ${name}, for a page, a count and an export batch`, () => {
      for (const set of [seqSet(query), seqSet(query, 100, 5000)]) {
        const page = plan(`SELECT seq FROM (${set.sql}) ORDER BY seq DESC LIMIT 50`, set.params);
        const count = plan(`SELECT count(*) FROM (${set.sql})`, set.params);
        for (const steps of [page, count]) {
          const reads = steps.filter((s) => /\baudit_log\b/.test(s));
          expect(reads.length, steps.join(' | ')).toBeGreaterThan(0);
          for (const step of reads) expect(step, steps.join(' | ')).toMatch(/USING COVERING INDEX audit_by_/);
        }
      }
    });
  }

  it('pages the unfiltered trail by its own order, newest first', () => {
    const set = seqSet({});
    expect(
      plan(`SELECT seq FROM (${set.sql}) ORDER BY seq DESC LIMIT 50`, set.params).join(' | '),
    ).not.toMatch(/TEMP B-TREE/);
  });
});
