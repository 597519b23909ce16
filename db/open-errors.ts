/** Why a database file could not be opened; `key`/`params` let each caller word it in its own language. */
export class DatabaseOpenError extends Error {
  constructor(
    readonly code: 'db_too_new' | 'db_not_nadzor' | 'db_damaged',
    readonly key: string,
    readonly params: Record<string, string | number>,
    message: string,
  ) {
    super(message);
    this.name = 'DatabaseOpenError';
  }

  static tooNew(found: number, supported: number): DatabaseOpenError {
    return new DatabaseOpenError(
      'db_too_new',
      'errors.dbTooNew',
      { found, supported },
      `this database was written by a newer version of Nadzor (schema ${found}, this version knows up to ${supported}); it was left untouched`,
    );
  }

  static notNadzor(): DatabaseOpenError {
    return new DatabaseOpenError(
      'db_not_nadzor',
      'errors.dbNotNadzor',
      {},
      'this file is not a Nadzor database; it was left untouched',
    );
  }

  /** SQLite's quick_check failed: a damaged file is refused before anything reads or writes it. */
  static damaged(detail: string): DatabaseOpenError {
    return new DatabaseOpenError(
      'db_damaged',
      'errors.dbDamaged',
      { detail },
      `the database file is damaged (integrity check: ${detail}); it was left untouched: restore a copy made before the damage`,
    );
  }
}
