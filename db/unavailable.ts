/**
 * Whether an error says the database server cannot be reached or went away (a PostgreSQL stopped,
 * restarting or cut off), rather than that a statement was wrong: such a write was rolled back with
 * its connection, and the same call may succeed once the server is back.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    // SQLSTATE class 08 (connection exception); 57P01–57P03: shut down by an administrator, crashed,
    // or still starting. Node's own: the server's address refuses, resets or cannot be reached.
    if (/^08[0-9A-Z]{3}$/.test(code) || ['57P01', '57P02', '57P03'].includes(code)) return true;
    if (['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH'].includes(code))
      return true;
  }
  // node-postgres says a lost connection in words only.
  return /^Connection terminated( unexpectedly)?$|encountered a connection error and is not queryable|connection timeout$|timeout exceeded when trying to connect/.test(
    error.message,
  );
}
