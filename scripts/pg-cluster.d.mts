// Types of scripts/pg-cluster.mjs for the TypeScript files that start a throwaway PostgreSQL with it.

export const PG_BIN: string;

/** What the run says when the PostgreSQL part of `npm test` is skipped (no server named, none installed), or null when it runs. */
export function postgresSkipped(env?: Record<string, string | undefined>, bin?: string): string | null;

/** Starts a cluster in `dir` (a new temporary directory by default) on a free port of 127.0.0.1. */
export function startCluster(dir?: string): Promise<{ dir: string; url: string }>;

/** Stops the server of the cluster in `dir` (`pg_ctl stop -m fast`), keeping its data for startServer. */
export function stopServer(dir: string): void;

/** Starts the server of the cluster in `dir` again on the port it was made with. */
export function startServer(dir: string): void;

/** Stops the cluster in `dir` at once and removes the directory. */
export function stopCluster(dir: string): void;
