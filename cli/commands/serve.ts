import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { OfficeStartError, parseListen, startOfficeServer } from '../../host/office/start';
import { CliError } from '../cli-error';

interface ServeOptions {
  office?: boolean;
  pg?: string;
  db?: string;
  listen: string;
  cert?: string;
  key?: string;
  stateDir: string;
}

/** Where the self-signed certificate is kept unless --state-dir says otherwise. */
const DEFAULT_STATE_DIR = join(homedir(), '.nadzor', 'office');

const ONE_COMPUTER = 'a SQLite file serves one computer: npm run serve -- --db <file>';

/**
 * `nadzor serve --office`: the office server on the office's PostgreSQL database. The SQLite file is
 * not served to the network: it is made for one writer on one computer (and breaks on a network share).
 */
export function serveCommand(): Command {
  return new Command('serve')
    .description('the office server: the app and its backend over TLS on the office network, on PostgreSQL')
    .option(
      '--office',
      'serve the office network (required: the loopback host for one computer is npm run serve)',
    )
    .option('--pg <connection>', "the office's PostgreSQL database (default: $NADZOR_PG)")
    .addOption(new Option('--db <file>').hideHelp())
    .option('--listen <host:port>', 'the address to listen on', '0.0.0.0:4318')
    .option('--cert <file>', "the office's TLS certificate (PEM), with --key")
    .option('--key <file>', 'the private key of --cert (PEM)')
    .option(
      '--state-dir <dir>',
      'where the self-signed certificate made at first start is kept',
      DEFAULT_STATE_DIR,
    )
    .action(async (options: ServeOptions) => {
      if (!options.office) throw new CliError(`serve needs --office (${ONE_COMPUTER})`, 2);
      if (options.db !== undefined)
        throw new CliError(
          `the office server works on PostgreSQL only: pass --pg <connection> (${ONE_COMPUTER})`,
          2,
        );
      const pg = options.pg ?? process.env.NADZOR_PG;
      if (!pg) throw new CliError('no database: pass --pg <connection> or set NADZOR_PG', 2);
      // Built, this runs as out/cli/main.mjs next to out/renderer.
      const rendererDir = resolve(
        process.env.NADZOR_RENDERER_DIR ?? resolve(import.meta.dirname, '../renderer'),
      );
      let stop: () => Promise<void>;
      try {
        stop = await startOfficeServer({
          pg,
          listen: parseListen(options.listen),
          certFile: options.cert,
          keyFile: options.key,
          stateDir: resolve(options.stateDir),
          rendererDir,
          print: (line) => console.log(line),
        });
      } catch (error) {
        if (error instanceof OfficeStartError) throw new CliError(error.message, error.exitCode);
        throw error;
      }
      await new Promise<void>((resolvePromise) => {
        process.once('SIGINT', () => resolvePromise());
        process.once('SIGTERM', () => resolvePromise());
      });
      await stop();
    });
}
