// `npm run nadzor -- <command> [options]`: the command line, run as built JavaScript in this process
// (rebuilt first only when one of its sources changed), so a call does not compile TypeScript.
import { CLI, runBuilt } from './build-node.mjs';

await runBuilt(CLI.entry, CLI.outDir);
