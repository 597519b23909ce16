import { parseArgs } from 'node:util';
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
process.on('SIGTERM', () => void stop().then(() => process.exit(0)));
