import { migration001 } from './001-cases-and-reference';
import { migration002 } from './002-statistics';
import { migration003 } from './003-monitoring';
import { migration004 } from './004-accounts';
import { migration005 } from './005-list-and-search';
import { migration006 } from './006-search-in-list-order';
import { migration007 } from './007-district-counts';
import { migration008 } from './008-record-versions';
import { migration009 } from './009-sign-in-journal';
import { migration010 } from './010-kept-statistics';
import type { Migration } from './migration';

/** Every migration, in order. Append only: a released migration is never edited. */
export const migrations: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
];

export const latestSchemaVersion = migrations.at(-1)?.version ?? 0;
