import type { Server } from 'node:http';
import type { Backend } from '../backend/types';

/**
 * Listens on 127.0.0.1 at `port` (0: any free port) and prints the address to open, the line the e2e
 * fixtures wait for; on SIGINT or SIGTERM stops listening, closes the backend (folding the WAL back)
 * and exits. Shared by `npm run serve` and the e2e tests' host so both start and stop alike.
 */
export function listenOnLoopback(
  server: Server,
  { port, token, backend }: { port: number; token: string; backend: Pick<Backend, 'close'> },
): void {
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    console.log(`Nadzor is running at http://127.0.0.1:${actual}/?token=${token}`);
  });
  const stop = () => {
    server.close();
    server.closeAllConnections();
    // A full disk leaves the WAL unfolded (the store says nothing then); anything else is one line, no stack.
    backend.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`nadzor: closing the database failed: ${(error as Error).message ?? String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
