import { pgMigration001 } from './001-schema';
import { pgMigration002 } from './002-search';
import { pgMigration003 } from './003-record-versions';
import { pgMigration004 } from './004-sessions';
import { pgMigration005 } from './005-case-counts';
import { pgMigration006 } from './006-number-order';
import { pgMigration007 } from './007-search-order';
import { pgMigration008 } from './008-day-counts';
import { pgMigration009 } from './009-id-sequences';
import { pgMigration010 } from './010-stored-statistics';
import { pgMigration011 } from './011-sign-in-journal';
import { pgMigration012 } from './012-scoped-statistics';
import { pgMigration013 } from './013-unchanged-case-fields';
import { pgMigration014 } from './014-append-in-one-call';
import { pgMigration015 } from './015-session-announcements';
import { pgMigration016 } from './016-head-by-index';
import { pgMigration017 } from './017-room-for-edits';
import type { PgMigration } from './migration';

/** Every PostgreSQL migration, in order. Append only: a released migration is never edited. */
export const pgMigrations: readonly PgMigration[] = [
  pgMigration001,
  pgMigration002,
  pgMigration003,
  pgMigration004,
  pgMigration005,
  pgMigration006,
  pgMigration007,
  pgMigration008,
  pgMigration009,
  pgMigration010,
  pgMigration011,
  pgMigration012,
  pgMigration013,
  pgMigration014,
  pgMigration015,
  pgMigration016,
  pgMigration017,
];
