import { buildNodeEntry, CLI } from '../scripts/build-node.mjs';

/**
 * Vitest's global setup: the CLI tests run the built command line (cli/run-cli.ts), so it is brought
 * up to date once here (a few milliseconds when current) rather than by each test worker at once.
 */
export default function buildCliForTests(): void {
  buildNodeEntry(CLI.entry, CLI.outDir);
}
