import type { Migration } from './migration';

/*
 * Two people may edit one case, or one register person, at once (an office on one shared database).
 * Every write of either now raises its version, and an edit made on an older version than the stored
 * one is refused, so no change is ever silently overwritten. Existing records start at version 1, as
 * new ones do.
 */
export const migration008: Migration = {
  version: 8,
  name: 'record-versions',
  up: (db) =>
    db.exec(`
      ALTER TABLE cases ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
      ALTER TABLE monitored_persons ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
    `),
};
