import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRandom } from '../backend/services/demo/random';
import { syntheticCases } from '../bench/synthetic';
import { createDatabase } from '../cli/test-database';
import { CASE_FILE_FORMAT } from '../shared/domain/case-file';
import { inspectAfterCrash } from './check-database';
import { builtPrograms, collect, ended, killHard, startCli } from './processes';

export interface ImportKillOptions {
  seed: number;
  kills: number;
  /** Cases in the import file: enough that an import takes a good second. */
  cases: number;
  log: (line: string) => void;
}

export interface ImportKillFigures {
  kills: number;
  /** Kills after which the whole import was in the database (it had committed). */
  wholeImports: number;
  /** Kills after which none of it was (killed before or during its transaction). */
  noImport: number;
  /** Each kill's delay after the start, in milliseconds, for a replay with the same seed. */
  delays: number[];
}

/**
 * Kills `nadzor import` with SIGKILL at random moments of a large import, each into a fresh copy of
 * one database, and checks what the next start finds: a sound file, the import wholly there or
 * wholly absent, and an audit chain that verifies. Throws at the first kill that breaks any of it.
 */
export async function killImports({
  seed,
  kills,
  cases,
  log,
}: ImportKillOptions): Promise<ImportKillFigures> {
  const { cli } = builtPrograms();
  const dir = mkdtempSync(join(tmpdir(), 'nadzor-import-kills-'));
  try {
    const file = join(dir, 'cases.json');
    const records = syntheticCases(1, cases, seed);
    writeFileSync(file, JSON.stringify({ format: CASE_FILE_FORMAT, cases: records }));
    const expected = new Set(records.map((record) => record.registryNumber));
    const base = join(dir, 'base.sqlite');
    await createDatabase(base);
    const { audit: before } = await inspectAfterCrash(base);

    const target = join(dir, 'nadzor.sqlite');
    const fresh = () => {
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
      copyFileSync(base, target);
    };

    // One import left alone: how long a whole one takes here and now, the span the kills fall in.
    fresh();
    const started = performance.now();
    const whole = startCli(cli, ['import', file, '--db', target]);
    const output = collect(whole);
    const { code } = await ended(whole);
    const span = performance.now() - started;
    if (code !== 0) throw new Error(`the uninterrupted import failed (${code}):\n${output.text()}`);
    log(`import: ${cases} cases take ${Math.round(span)} ms uninterrupted; seed ${seed}`);

    const random = createRandom(seed);
    const figures: ImportKillFigures = { kills: 0, wholeImports: 0, noImport: 0, delays: [] };
    for (let kill = 1; kill <= kills; kill += 1) {
      fresh();
      // Anywhere from the start to a little past a whole import's time: before, in and after its transaction.
      const delay = Math.round(random.next() * span * 1.1);
      figures.delays.push(delay);
      const child = startCli(cli, ['import', file, '--db', target]);
      const childOutput = collect(child);
      await new Promise((wait) => setTimeout(wait, delay));
      const exitedFirst = child.exitCode !== null;
      await killHard(child);
      const after = await inspectAfterCrash(target);
      const present = [...expected].filter((n) => after.registryNumbers.has(n)).length;
      const outcome = present === expected.size ? 'whole' : present === 0 ? 'absent' : 'PARTIAL';
      log(
        `import kill ${kill}/${kills}: after ${delay} ms${exitedFirst ? ' (it had finished)' : ''}: ${outcome}`,
      );
      const problems = [
        after.damage && `integrity_check: ${after.damage}`,
        outcome === 'PARTIAL' && `${present} of ${expected.size} cases are in the database`,
        after.registryNumbers.size !== present &&
          `${after.registryNumbers.size - present} cases not in the file`,
        !after.audit.ok && `audit verify: ${after.audit.problem}`,
        after.audit.ok &&
          after.audit.entries !== (present ? before.entries + expected.size + 1 : before.entries) &&
          `the trail has ${after.audit.entries} entries`,
      ].filter(Boolean);
      if (problems.length)
        throw new Error(
          `seed ${seed}, kill ${kill} after ${delay} ms: ${problems.join('; ')}\n${childOutput.text()}`,
        );
      figures.kills += 1;
      if (present) figures.wholeImports += 1;
      else figures.noImport += 1;
    }
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
