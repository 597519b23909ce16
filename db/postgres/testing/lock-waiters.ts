import pg from 'pg';

/** Resolves once `n` sessions of the database wait for an advisory lock (as the server reports them). */
export async function waitForLockWaiters(url: string, n: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (;;) {
      const { rows } = await client.query<{ waiting: string }>(
        `SELECT count(*) AS waiting FROM pg_locks
         WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
      );
      if (Number(rows[0]!.waiting) >= n) return;
    }
  } finally {
    await client.end();
  }
}
