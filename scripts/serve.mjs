// `npm run serve -- --db <file> [--port <n>]`: the web host, run as built JavaScript in this process
// (rebuilt first only when one of its sources changed). The renderer is built by ensure-built.mjs.
import { HOST, runBuilt } from './build-node.mjs';

await runBuilt(HOST.entry, HOST.outDir);
