import type { PgMigration } from './migration';

/*
 * Stands in for migration 009, which another change of this release adds (the number is taken): this
 * branch needs the numbers to run on. It changes nothing, and is replaced by that migration when the
 * two are merged; it is never released as it is.
 */
export const pgMigration009: PgMigration = {
  version: 9,
  name: 'reserved',
  up: () => Promise.resolve(),
};
