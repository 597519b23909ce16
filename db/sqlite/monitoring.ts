import type { Database } from 'better-sqlite3';
import type { MonitoringReader, MonitoringWriter } from '../ports';
import { findMatches, findRegistered } from './monitoring-matches';
import {
  allPersonRecords,
  insertPerson,
  personRecord,
  personVersion,
  replacePerson,
} from './monitoring-records';
import { statement } from './statements';

const KEY_PREFIX = 'M-';

export const monitoringReader = (db: Database): MonitoringReader => ({
  record: (id) => Promise.resolve(personRecord(db, id)),
  version: (id) => Promise.resolve(personVersion(db, id)),
  all: () => Promise.resolve(allPersonRecords(db)),
  idByKey: (key) =>
    Promise.resolve(
      (
        statement(db, 'SELECT id FROM monitored_persons WHERE person_key = ?').get(key) as
          { id: number } | undefined
      )?.id ?? null,
    ),
  idByIin: (iin) =>
    Promise.resolve(
      (statement(db, 'SELECT id FROM monitored_persons WHERE iin = ?').get(iin) as { id: number } | undefined)
        ?.id ?? null,
    ),
  nextKey: () => {
    // The highest number given so far, plus one: register numbers are never reused.
    const row = statement(
      db,
      `SELECT max(CAST(substr(person_key, ${KEY_PREFIX.length + 1}) AS INTEGER)) AS n FROM monitored_persons
       WHERE person_key GLOB '${KEY_PREFIX}[0-9]*'`,
    ).get() as { n: number | null };
    return Promise.resolve(`${KEY_PREFIX}${String((row.n ?? 0) + 1).padStart(6, '0')}`);
  },
  matches: (scope) => Promise.resolve(findMatches(db, scope)),
  registeredFrom: (caseId) => Promise.resolve(findRegistered(db, caseId)),
});

export const monitoringWriter = (db: Database): MonitoringWriter => ({
  insert: (record, refs) => Promise.resolve(insertPerson(db, record, refs)),
  replace: (id, record, refs, expected) => Promise.resolve(replacePerson(db, id, record, refs, expected)),
});
