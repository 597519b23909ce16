import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { appendEntry } from '../audit/chain';
import { caseAggregate } from '../audit/case-snapshot';
import { auditedEntities } from '../audit/entities';
import { verifyAuditTrail } from '../audit/verify';
import { migration001 } from './001-cases-and-reference';
import { migration002 } from './002-statistics';
import { migration003 } from './003-monitoring';
import { migration004 } from './004-accounts';

/** A version-2 database with one audited case whose defendant has a name. */
function version2WithAnAuditedCase(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migration001.up(db);
  migration002.up(db);
  db.exec(`
    INSERT INTO districts (id, name) VALUES (1, 'Almaty');
    INSERT INTO articles (id, code) VALUES (1, '194');
    INSERT INTO cases (id, registry_number, article_id, district_id, registered_on) VALUES (1, 'A', 1, 1, '2024-06-14');
    INSERT INTO defendants (case_id, position, full_name, sex, birth_date)
      VALUES (1, 0, '  Аманов   Ерлан-Болатович ', 'M', '1988-01-20');
  `);
  for (const entityType of ['district', 'article', 'case'] as const) {
    appendEntry(db, {
      at: '2024-06-14T10:00:00.000Z',
      actor: 'tester',
      action: `${entityType}.create`,
      entityType,
      entityId: '1',
      before: null,
      after: auditedEntities[entityType].load(db, '1'),
      reason: null,
    });
  }
  return db;
}

describe('migration 003: the monitoring register', () => {
  it('gives existing defendants their name key for matching', () => {
    const db = version2WithAnAuditedCase();
    migration003.up(db);
    expect(db.prepare('SELECT name_key, iin FROM defendants').get()).toEqual({
      name_key: 'аманов ерлан болатович',
      iin: null,
    });
  });

  it('leaves trails written before it verifiable: new empty columns are not part of a case snapshot', () => {
    const db = version2WithAnAuditedCase();
    migration003.up(db);
    migration004.up(db);
    expect(verifyAuditTrail(db)).toMatchObject({ ok: true, entries: 3 });
    // A defendant's IIN, once recorded, is an audited fact: changed behind the trail's back, it is caught.
    db.exec(`UPDATE defendants SET iin = '880120300123'`);
    expect(verifyAuditTrail(db)).toMatchObject({ ok: false });
    expect(JSON.stringify(caseAggregate.load(db, '1'))).toContain('"iin":"880120300123"');
  });

  it('refuses a period that ends before it starts and an event of an unknown kind', () => {
    const db = version2WithAnAuditedCase();
    migration003.up(db);
    db.exec(`INSERT INTO monitored_persons (id, person_key, full_name, name_key, birth_date, sex)
             VALUES (1, 'M-1', 'X', 'x', '1988-01-20', 'M')`);
    const period = db.prepare(
      `INSERT INTO supervision_periods (person_id, position, type, start_on, end_on) VALUES (1, ?, 'probation', ?, ?)`,
    );
    expect(() => period.run(0, '2024-02-01', '2024-01-31')).toThrow(/CHECK/);
    period.run(0, '2024-01-01', '2024-12-31');
    expect(() =>
      db.exec(`INSERT INTO supervision_events (person_id, period_position, position, on_date, type)
               VALUES (1, 0, 0, '2024-02-01', 'party')`),
    ).toThrow(/CHECK/);
  });
});
