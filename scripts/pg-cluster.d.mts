// Types of scripts/pg-cluster.mjs for the TypeScript files that start a throwaway PostgreSQL with it.

export const PG_BIN: string;

/** Starts a cluster in `dir` (a new temporary directory by default) on a free port of 127.0.0.1. */
export function startCluster(dir?: string): Promise<{ dir: string; url: string }>;

/** Stops the cluster in `dir` at once and removes the directory. */
export function stopCluster(dir: string): void;
