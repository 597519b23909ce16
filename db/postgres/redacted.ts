/**
 * The connection as it may be shown or logged (Settings › About, the server's start, the command
 * line's messages): its user, host, port and database, and nothing else, so neither the password nor a
 * parameter carrying one (`?password=`, `?sslpassword=`) is ever shown. Apart from the store, so that
 * naming a connection does not load the PostgreSQL driver.
 */
export function redacted(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    const given = (name: string) => url.searchParams.get(name) ?? '';
    const user = decodeURIComponent(url.username) || given('user');
    const host = url.hostname || given('host');
    const port = url.port || given('port');
    const database = decodeURIComponent(url.pathname.slice(1)) || given('dbname');
    return `postgresql://${user ? `${user}@` : ''}${host}${port ? `:${port}` : ''}/${database}`;
  } catch {
    return 'postgresql';
  }
}
