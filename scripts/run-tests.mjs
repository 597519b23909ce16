// `npm test`: unit tests (Vitest), then end-to-end tests (Playwright), then one closing line
// `N passed, N failed, N skipped` over both, which CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { postgresSkipped } from './pg-cluster.mjs';

const root = new URL('..', import.meta.url).pathname;
const results = join(root, 'test-results');
rmSync(join(results, 'unit.json'), { force: true });
rmSync(join(results, 'e2e.json'), { force: true });
mkdirSync(results, { recursive: true });

const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status ?? 1;
/** Wall seconds of `fn`, for the closing lines: the suite's speed is a target (README), seen each run. */
const timed = (fn) => {
  const started = performance.now();
  const status = fn();
  return { status, seconds: Math.round((performance.now() - started) / 1000) };
};
const suiteStarted = performance.now();

const unitRun = timed(() =>
  run('npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    '--outputFile=test-results/unit.json',
  ]),
);
const e2eRun = timed(() => run('node', ['scripts/ensure-built.mjs']) || run('npx', ['playwright', 'test']));
const [unitStatus, e2eStatus] = [unitRun.status, e2eRun.status];

function unitCounts() {
  const file = join(results, 'unit.json');
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const r = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
}

/** Titles of the e2e tests that failed first and passed on their retry (CI only). */
function flakyTitles(suite, path = []) {
  const here = suite.title ? [...path, suite.title] : path;
  const own = (suite.specs ?? []).flatMap((spec) =>
    spec.tests.filter((t) => t.status === 'flaky').map(() => [...here, spec.title].join(' › ')),
  );
  return [...own, ...(suite.suites ?? []).flatMap((child) => flakyTitles(child, here))];
}

function e2eCounts() {
  const file = join(results, 'e2e.json');
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const { stats, suites } = JSON.parse(readFileSync(file, 'utf8'));
  const flaky = suites.flatMap((suite) => flakyTitles(suite));
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped, flaky };
}

const unit = unitCounts();
const e2e = e2eCounts();
const passed = unit.passed + e2e.passed;
// A runner that died without reporting counts as a failure, never as a silent pass.
const failed =
  unit.failed + e2e.failed + (unitStatus && !unit.failed ? 1 : 0) + (e2eStatus && !e2e.failed ? 1 : 0);
const skipped = unit.skipped + e2e.skipped;
const total = Math.round((performance.now() - suiteStarted) / 1000);
console.log(
  `\nunit: ${unit.passed} passed, ${unit.failed} failed, ${unit.skipped} skipped (${unitRun.seconds} s)`,
);
console.log(`e2e: ${e2e.passed} passed, ${e2e.failed} failed, ${e2e.skipped} skipped (${e2eRun.seconds} s)`);
console.log(`npm test took ${Math.floor(total / 60)} min ${total % 60} s`);
for (const title of e2e.flaky ?? []) console.log(`flaky (failed, then passed on its retry): ${title}`);
console.log(
  postgresSkipped() ??
    `PostgreSQL part ran on ${process.env.NADZOR_TEST_PG ? 'the server NADZOR_TEST_PG names' : 'a throwaway cluster'}`,
);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
