import type { Database } from 'better-sqlite3';
import type { ImportWriter } from '../ports';
import { statement } from './statements';

export function importWriter(db: Database): ImportWriter {
  return {
    insert({ fileName, mode, startedAt }) {
      const result = statement(db, 'INSERT INTO imports (file_name, mode, started_at) VALUES (?, ?, ?)').run(
        fileName,
        mode,
        startedAt,
      );
      return Promise.resolve(Number(result.lastInsertRowid));
    },
  };
}
