import { afterAll, beforeAll } from 'vitest';
import { startCluster, startServer, stopCluster, stopServer } from '../../../scripts/pg-cluster.mjs';
import { skippedWithoutPostgres } from './test-database';

export interface PrivateCluster {
  /** The connection URL of the cluster's `postgres` database (the same port before and after a restart). */
  url(): string;
  /** Stops the server as an administrator would: open transactions roll back, every connection is cut. */
  stop(): void;
  /** Starts it again on the same port, with the same data; returns once it accepts connections. */
  start(): void;
}

/**
 * A PostgreSQL cluster of the calling test file's own, in a temporary directory on a free port, which
 * the file may stop and start (the run's shared server, test-database.ts, must never be stopped): made
 * before its tests, removed after them.
 */
export function usePrivateCluster(): PrivateCluster {
  let cluster: { dir: string; url: string } | undefined;
  const made = () => {
    if (!cluster)
      throw new Error('usePrivateCluster: the cluster is made in beforeAll; use it inside a test');
    return cluster;
  };
  if (!skippedWithoutPostgres())
    beforeAll(async () => {
      cluster = await startCluster();
    });
  afterAll(() => {
    if (cluster) stopCluster(cluster.dir);
  });
  return {
    url: () => made().url,
    stop: () => stopServer(made().dir),
    start: () => startServer(made().dir),
  };
}
