import type { Database, Statement } from 'better-sqlite3';
import type { CaseRecord } from '../shared/domain/case-record';
import { stageOfCase } from '../shared/domain/pipeline';

/*
 * The floor an import is compared with: the same rows written by bare prepared statements, no
 * validation and no audit trail. It writes exactly the columns db/sqlite/case-records.ts writes.
 * Also builds the large benchmark databases, which need no audit entries for list queries.
 */

type RefTable = 'districts' | 'articles' | 'platforms' | 'tactics';

export interface RawInserter {
  /** Inserts the records; call inside a transaction (see `insertAll`). */
  insert(records: CaseRecord[]): void;
}

export function rawInserter(db: Database): RawInserter {
  const refIds = new Map<string, number>();
  const refStatements = new Map<RefTable, { find: Statement; add: Statement }>();
  const refId = (table: RefTable, name: string): number => {
    const key = `${table}\u0000${name}`;
    const known = refIds.get(key);
    if (known !== undefined) return known;
    const column = table === 'articles' ? 'code' : 'name';
    let s = refStatements.get(table);
    if (!s) {
      s = {
        find: db.prepare(`SELECT id FROM ${table} WHERE ${column} = ?`),
        add: db.prepare(`INSERT INTO ${table} (${column}) VALUES (?)`),
      };
      refStatements.set(table, s);
    }
    const row = s.find.get(name) as { id: number } | undefined;
    const id = row ? row.id : Number(s.add.run(name).lastInsertRowid);
    refIds.set(key, id);
    return id;
  };

  const caseRow = db.prepare(
    `INSERT INTO cases (registry_number, article_id, part, district_id, registered_on, forwarded_to_court_on,
       closed_on, closed_reason, group_crime, damage_kzt, stage) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const victimRow = db.prepare(
    'INSERT INTO victims (case_id, position, sex, birth_date, birth_year, employment) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const defendantRow = db.prepare(
    `INSERT INTO defendants (case_id, position, person_id, full_name, sex, birth_date, employment, prior_convictions,
       convicted_on, acquitted_on, sentence_type, sentence_years, sentence_months, sentence_fine_kzt, sentenced_on)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const platformRow = db.prepare(
    'INSERT INTO case_platforms (case_id, position, platform_id) VALUES (?, ?, ?)',
  );
  const tacticRow = db.prepare('INSERT INTO case_tactics (case_id, position, tactic_id) VALUES (?, ?, ?)');

  return {
    insert(records) {
      for (const r of records) {
        const id = Number(
          caseRow.run(
            r.registryNumber,
            refId('articles', r.article),
            r.part,
            refId('districts', r.district),
            r.registeredOn,
            r.forwardedToCourtOn,
            r.closedOn,
            r.closedReason,
            r.groupCrime ? 1 : 0,
            r.damageKzt,
            stageOfCase(r),
          ).lastInsertRowid,
        );
        r.victims.forEach((v, i) => victimRow.run(id, i, v.sex, v.birthDate, v.birthYear, v.employment));
        r.defendants.forEach((d, i) =>
          defendantRow.run(
            id,
            i,
            d.personId,
            d.fullName,
            d.sex,
            d.birthDate,
            d.employment,
            d.priorConvictions,
            d.convictedOn,
            d.acquittedOn,
            d.sentence?.type ?? null,
            d.sentence?.years ?? null,
            d.sentence?.months ?? null,
            d.sentence?.fineKzt ?? null,
            d.sentence?.on ?? null,
          ),
        );
        r.platforms.forEach((p, i) => platformRow.run(id, i, refId('platforms', p)));
        r.tactics.forEach((t, i) => tacticRow.run(id, i, refId('tactics', t)));
      }
    },
  };
}

/** All records in one transaction, the way the raw limit is defined. */
export function insertAll(db: Database, records: CaseRecord[]): void {
  const inserter = rawInserter(db);
  db.transaction(() => inserter.insert(records))();
}
