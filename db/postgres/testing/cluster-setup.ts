import type { TestProject } from 'vitest/node';
import { postgresSkipped, startCluster, stopCluster } from '../../../scripts/pg-cluster.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server the tests may create databases on (as a superuser), or '' when there is none. */
    pgServerUrl: string;
    /** Why there is no server: what every PostgreSQL test fails with. */
    pgServerProblem: string;
    /** What the run says when the PostgreSQL tests are skipped (postgresSkipped), or '' when they run. */
    pgSkipped: string;
  }
}

/**
 * Vitest's global setup: one PostgreSQL server for the whole run. `NADZOR_TEST_PG` names one (CI
 * starts it in .ci/run); otherwise a throwaway cluster is started here and stopped at the end. With
 * neither a server named nor PostgreSQL installed, the PostgreSQL tests are skipped and the run says
 * so; when an installed PostgreSQL does not start, they fail with the reason.
 */
export default async function pgServerForTests(project: TestProject): Promise<(() => void) | void> {
  const skipped = postgresSkipped();
  project.provide('pgSkipped', skipped ?? '');
  if (skipped) {
    project.provide('pgServerUrl', '');
    project.provide('pgServerProblem', skipped);
    console.log(skipped);
    return;
  }
  const given = process.env.NADZOR_TEST_PG;
  if (given) {
    project.provide('pgServerUrl', given);
    project.provide('pgServerProblem', '');
    return;
  }
  try {
    const cluster = await startCluster();
    project.provide('pgServerUrl', cluster.url);
    project.provide('pgServerProblem', '');
    return () => stopCluster(cluster.dir);
  } catch (error) {
    project.provide('pgServerUrl', '');
    project.provide('pgServerProblem', error instanceof Error ? error.message : String(error));
  }
}
