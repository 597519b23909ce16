import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { killHosts } from './host-kills';
import { killImports } from './import-kills';
import { FUZZ_FILE, suites } from './suites';

/*
 * `npm run test:reliability [-- --seed <n>] [--import-kills <n>] [--host-kills <n>]`: the crash
 * harness's full form (60 SIGKILLs by default; the seed printed, or given to replay a run), then the
 * reliability regression tests (reliability/suites.ts), then the figures of this run written into
 * docs/reliability.md between its figure markers. Exit 1, and the document left as it was, when any
 * kill or test fails.
 */

const root = resolve(import.meta.dirname, '..');
const DOC = join(root, 'docs/reliability.md');
const START = '<!-- figures:start -->';
const END = '<!-- figures:end -->';

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    'import-kills': { type: 'string', default: '30' },
    'host-kills': { type: 'string', default: '30' },
  },
});
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
if (!Number.isInteger(seed)) throw new Error('--seed takes a whole number');
const log = (line: string) => console.log(line);
/** Cases in the import the CLI is killed in: some 2 s of import on a 2-core machine. */
const IMPORT_CASES = 1500;

console.log(`crash harness: seed ${seed} (replay: npm run test:reliability -- --seed ${seed})`);
const imports = await killImports({ seed, kills: Number(values['import-kills']), cases: IMPORT_CASES, log });
const hosts = await killHosts({
  seed,
  kills: Number(values['host-kills']),
  writers: 4,
  longestRunMs: 800,
  log,
});

/** Every test file under the project whose path a suite names (node_modules and builds aside). */
function testFiles(dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (['node_modules', 'out', '.git', 'test-results'].includes(name) || name.startsWith('.')) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return testFiles(path);
    const file = relative(root, path);
    return suites.some((suite) => suite.files.test(file)) ? [file] : [];
  });
}

interface VitestReport {
  testResults: { name: string; assertionResults: { title: string; status: string }[] }[];
}

const files = testFiles();
const out = mkdtempSync(join(tmpdir(), 'nadzor-reliability-'));
const reportFile = join(out, 'report.json');
const run = spawnSync(
  'npx',
  ['vitest', 'run', ...files, '--reporter=default', '--reporter=json', `--outputFile=${reportFile}`],
  { cwd: root, stdio: 'inherit' },
);
const report = JSON.parse(readFileSync(reportFile, 'utf8')) as VitestReport;
rmSync(out, { recursive: true, force: true });
if (run.status !== 0) {
  console.error('test:reliability: a regression test failed; docs/reliability.md left as it was');
  process.exit(1);
}

const passed = (file: string) =>
  report.testResults
    .filter((r) => relative(root, r.name) === file)
    .flatMap((r) => r.assertionResults.filter((a) => a.status === 'passed'));
const numRuns = Number(/numRuns: (\d+)/.exec(readFileSync(join(root, FUZZ_FILE), 'utf8'))?.[1] ?? 0);
const fuzzPayloads = passed(FUZZ_FILE).length * numRuns;

const lines = [
  `Last run: ${new Date().toISOString().slice(0, 10)}, seed ${seed}.`,
  '',
  `- SIGKILLs survived: **${imports.kills + hosts.kills}** — ${imports.kills} in a CLI import of ${IMPORT_CASES} cases (${imports.wholeImports} left it wholly present, ${imports.noImport} wholly absent, of which ${imports.midTransaction} were killed inside its transaction; none partly; ${imports.finishedFirst} more attempt${imports.finishedFirst === 1 ? '' : 's'} came after the import had finished, not counted), ${hosts.kills} of the host during API writes (${hosts.acknowledged} acknowledged writes, every one found after its kill; ${hosts.unanswered} in flight at the kills)`,
  `- hostile API payloads tried: **${fuzzPayloads}** (${passed(FUZZ_FILE).length} methods × ${numRuns}), each refused as invalid input with nothing written`,
  ...suites.map((suite) => {
    const count = files
      .filter((file) => suite.files.test(file))
      .flatMap(passed)
      .filter((t) => !suite.counts || suite.counts.test(t.title)).length;
    return `- ${suite.figure}: **${count}**`;
  }),
];
const doc = readFileSync(DOC, 'utf8');
const from = doc.indexOf(START);
const to = doc.indexOf(END);
if (from < 0 || to < from) throw new Error(`docs/reliability.md has no ${START} … ${END} block`);
// Blank lines around the block, as Prettier keeps Markdown (`npm run lint` checks the page).
writeFileSync(DOC, `${doc.slice(0, from + START.length)}\n\n${lines.join('\n')}\n\n${doc.slice(to)}`);
console.log(`\n${lines.join('\n')}\n\nwritten into docs/reliability.md`);
