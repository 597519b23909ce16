import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDbPath } from '../db/test-support';
import { openTestBackend, setUpAdmin } from './test-api';

/* db/sqlite/write-lock.test.ts holds the wait itself; here, what the person is told when it gives up. */

describe('a write refused because another program holds the database file', () => {
  const opened: { close(): unknown }[] = [];
  afterEach(async () => {
    for (const item of opened.splice(0)) await item.close();
  });

  it('is answered through the API as "database_busy" in the caller’s language', async () => {
    const path = tempDbPath();
    const backend = await openTestBackend({ dbPath: path, transport: 'http', writeWaitMs: 50 });
    opened.push(backend);
    const session = await setUpAdmin(backend);
    const other = new Database(path);
    opened.push(other);
    other.exec('BEGIN IMMEDIATE');
    const refused = await backend.dispatch(
      'settings.setLanguage',
      { language: 'kk' },
      { language: 'ru', session },
    );
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'database_busy',
        message:
          'Другая программа уже минуту записывает в базу данных (импорт из командной строки?). Ничего не сохранено; повторите, когда она закончит.',
      },
    });
    other.exec('ROLLBACK');
  });
});
