import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../unavailable';
import { openPgStore } from './store';

/*
 * A PostgreSQL address that takes the connection and never answers (a hung server, a network path that
 * drops everything): opening the store is refused once the connect limit passes, as a database that
 * cannot be reached, instead of waiting for the operating system's TCP timeout.
 */

describe('a PostgreSQL server that never answers', () => {
  const sockets: Socket[] = [];
  const silent: Server = createServer((socket) => void sockets.push(socket));
  afterAll(() => {
    for (const socket of sockets) socket.destroy();
    silent.close();
  });

  it('is refused as unreachable once the connect limit passes', async () => {
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    const opened = openPgStore(`postgresql://nadzor@127.0.0.1:${port}/office`, { connectTimeoutMs: 200 });
    const error = await opened.then(
      () => null,
      (refused: unknown) => refused,
    );
    expect(isDatabaseUnavailable(error)).toBe(true);
    // The connection was made and then given up, not refused by the address.
    expect(sockets.length).toBeGreaterThan(0);
  });
});
