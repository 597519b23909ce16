import { comparableName } from '../../shared/domain/person-match';
import type { Migration } from './migration';

/*
 * The register of previously convicted persons under supervision (issue 5). A person is written as a
 * whole, like a case: its convictions, periods, events and case decisions are rewritten in position
 * order on every change, and audited as one aggregate (db/audit/person-snapshot.ts).
 *
 * Defendants gain an optional IIN and a name key (the full name as `comparableName` reduces it), so
 * that "which defendants may be this person" is an index lookup by IIN or by name key and birth date.
 * The name key is derived and left out of audit snapshots, as is an absent IIN.
 */

export const migration003: Migration = {
  version: 3,
  name: 'monitoring',
  up(db) {
    db.exec(`
      CREATE TABLE monitored_persons (
        id INTEGER PRIMARY KEY,
        person_key TEXT NOT NULL UNIQUE,
        iin TEXT UNIQUE,
        full_name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        birth_date TEXT NOT NULL,
        sex TEXT NOT NULL CHECK (sex IN ('M', 'F')),
        district_id INTEGER REFERENCES districts (id),
        notes TEXT
      );
      CREATE INDEX monitored_persons_by_name ON monitored_persons (name_key, birth_date);

      CREATE TABLE person_convictions (
        person_id INTEGER NOT NULL REFERENCES monitored_persons (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        article TEXT NOT NULL,
        part TEXT,
        court_date TEXT NOT NULL,
        sentence TEXT,
        released_on TEXT,
        registry_number TEXT,
        PRIMARY KEY (person_id, position)
      );

      CREATE TABLE supervision_periods (
        person_id INTEGER NOT NULL REFERENCES monitored_persons (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        type TEXT NOT NULL CHECK (type IN ('administrative', 'probation', 'parole', 'prosecutorWatch')),
        basis TEXT,
        start_on TEXT NOT NULL,
        end_on TEXT,
        check_ins_per_month INTEGER NOT NULL DEFAULT 0 CHECK (check_ins_per_month BETWEEN 0 AND 31),
        curfew TEXT,
        banned_places TEXT,
        travel TEXT,
        officer TEXT,
        PRIMARY KEY (person_id, position),
        CHECK (end_on IS NULL OR end_on >= start_on)
      );

      CREATE TABLE supervision_events (
        person_id INTEGER NOT NULL,
        period_position INTEGER NOT NULL,
        position INTEGER NOT NULL,
        on_date TEXT NOT NULL,
        type TEXT NOT NULL CHECK (type IN ('attended', 'missed', 'violation', 'warning', 'extended', 'ended')),
        description TEXT,
        until TEXT,
        PRIMARY KEY (person_id, period_position, position),
        FOREIGN KEY (person_id, period_position) REFERENCES supervision_periods (person_id, position)
          ON DELETE CASCADE
      );

      -- A supervisor's decision that a case is (or is not) this person's; matches themselves are found
      -- on reading, never stored, so they cannot go stale.
      CREATE TABLE person_case_links (
        person_id INTEGER NOT NULL REFERENCES monitored_persons (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        case_id INTEGER NOT NULL REFERENCES cases (id),
        status TEXT NOT NULL CHECK (status IN ('confirmed', 'rejected')),
        PRIMARY KEY (person_id, position),
        UNIQUE (person_id, case_id)
      );
      CREATE INDEX person_case_links_by_case ON person_case_links (case_id);

      ALTER TABLE defendants ADD COLUMN iin TEXT;
      ALTER TABLE defendants ADD COLUMN name_key TEXT;
      CREATE INDEX defendants_by_iin ON defendants (iin) WHERE iin IS NOT NULL;
      CREATE INDEX defendants_by_name ON defendants (name_key, birth_date) WHERE name_key IS NOT NULL;
    `);
    // The function lives on this connection only, for this one pass; no trigger depends on it.
    db.function('nadzor_name_key', { deterministic: true }, (name: unknown) =>
      typeof name === 'string' ? comparableName(name) : null,
    );
    db.exec('UPDATE defendants SET name_key = nadzor_name_key(full_name) WHERE full_name IS NOT NULL');
  },
};
