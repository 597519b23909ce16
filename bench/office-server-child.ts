import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startOfficeServer } from '../host/office/start';

/*
 * One office server for bench/office-scale.ts, as `nadzor serve --office` starts it (host/office/start.ts):
 *   tsx bench/office-server-child.ts --pg <url> --state <dir> --renderer <dir>
 * Prints its start-up lines (the harness reads the port from the first), then nothing: the access log
 * of thousands of calls would only cost the measurement.
 */

const { values } = parseArgs({
  options: { pg: { type: 'string' }, state: { type: 'string' }, renderer: { type: 'string' } },
});
if (!values.pg || !values.state || !values.renderer)
  throw new Error('usage: office-server-child.ts --pg <url> --state <dir> --renderer <dir>');
// NADZOR_BENCH_QUERY_STATS=<file>: every statement's count and time from sending to its answer, written
// to the file as JSON when the server stops (for profiling which statements an edit costs).
const statsFile = process.env.NADZOR_BENCH_QUERY_STATS;
const statements = new Map<string, { n: number; ms: number }>();
if (statsFile) {
  const query = Reflect.get(pg.Client.prototype, 'query') as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function timed(this: pg.Client, ...args: unknown[]) {
    const first = args[0] as string | { text: string };
    const text = (typeof first === 'string' ? first : first.text).replace(/\s+/g, ' ').slice(0, 160);
    const started = performance.now();
    const note = () => {
      const seen = statements.get(text) ?? { n: 0, ms: 0 };
      seen.n += 1;
      seen.ms += performance.now() - started;
      statements.set(text, seen);
    };
    // The pool's own queries answer through a callback, a checked-out client's through a promise.
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === 'function')
      args[last] = (...answer: unknown[]) => {
        note();
        return (callback as (...a: unknown[]) => unknown)(...answer);
      };
    const result = query.apply(this, args);
    if (result instanceof Promise) void result.then(note, note);
    return result;
  } as typeof pg.Client.prototype.query;
}
let printing = true;
const stop = await startOfficeServer({
  pg: values.pg,
  listen: { host: '127.0.0.1', port: 0 },
  stateDir: values.state,
  rendererDir: values.renderer,
  print: (line) => {
    if (printing) process.stdout.write(`${line}\n`);
    if (line.startsWith('SHA-256')) printing = false;
  },
});
process.on(
  'SIGTERM',
  () =>
    void stop().then(() => {
      if (statsFile)
        writeFileSync(statsFile, JSON.stringify([...statements].sort((a, b) => b[1].ms - a[1].ms)));
      process.exit(0);
    }),
);
