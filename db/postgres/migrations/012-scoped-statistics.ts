import type { PgMigration } from './migration';

/*
 * A review is no longer only of a calendar year and every case: it may be of a quarter, a half-year
 * or any range, and of the cases of some articles (backend/services/stats-scope.ts). The figures kept
 * by migration 010 are kept per scope as well, so each subject and period is computed once while its
 * data are unchanged; '' is the calendar year of every case, the only scope kept before.
 */
export const pgMigration012: PgMigration = {
  version: 12,
  name: 'scoped-statistics',
  up: async (client) => {
    await client.query(`
      ALTER TABLE stats_results ADD COLUMN scope text COLLATE "C" NOT NULL DEFAULT '';
      ALTER TABLE stats_results DROP CONSTRAINT stats_results_pkey;
      ALTER TABLE stats_results ADD PRIMARY KEY (year, district_id, scope);
    `);
  },
};
