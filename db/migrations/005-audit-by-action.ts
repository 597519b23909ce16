import type { Migration } from './migration';

/*
 * The Audit screen filters the trail by action and lists the actions it holds. Without an index both
 * read every entry, snapshots and all: seconds on a trail of hundreds of thousands of entries.
 */
export const migration005: Migration = {
  version: 5,
  name: 'audit-by-action',
  up(db) {
    db.exec('CREATE INDEX audit_by_action ON audit_log (action, seq)');
  },
};
