import { copyFileSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRandom } from '../backend/services/demo/random';
import { syntheticCases } from '../bench/synthetic';
import { createDatabase } from '../cli/test-database';
import { CASE_FILE_FORMAT } from '../shared/domain/case-file';
import { inspectAfterCrash } from './check-database';
import { builtPrograms, collect, ended, killHard, startCli } from './processes';

const walBytes = (db: string): number => {
  try {
    return statSync(`${db}-wal`).size;
  } catch {
    return 0;
  }
};

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
  /** Of those, kills while its transaction was writing (the WAL held frames, the import was not in). */
  midTransaction: number;
  /** Attempts whose import had finished before its kill came: not counted as kills. */
  finishedFirst: number;
  /** Each attempt's delay after the start, in milliseconds, for a replay with the same seed. */
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
    // Learnt again from each import that finishes before its kill: a busy machine's first run may be
    // several times slower than the later ones, which would leave most kills with nothing to kill.
    let span = performance.now() - started;
    if (code !== 0) throw new Error(`the uninterrupted import failed (${code}):\n${output.text()}`);
    log(`import: ${cases} cases take ${Math.round(span)} ms uninterrupted; seed ${seed}`);

    const random = createRandom(seed);
    const figures: ImportKillFigures = {
      kills: 0,
      wholeImports: 0,
      noImport: 0,
      midTransaction: 0,
      finishedFirst: 0,
      delays: [],
    };
    for (let attempt = 1; figures.kills < kills; attempt += 1) {
      fresh();
      // Anywhere in a whole import's time: before, in and just after its transaction.
      const delay = Math.round(random.next() * span);
      figures.delays.push(delay);
      const launched = performance.now();
      let took = 0;
      const child = startCli(cli, ['import', file, '--db', target]);
      const childOutput = collect(child);
      void ended(child).then(() => (took = performance.now() - launched));
      await new Promise((wait) => setTimeout(wait, delay));
      // An import that had finished was not killed: it counts apart, and another attempt is made.
      const finished = child.exitCode !== null;
      // A WAL with frames in it: the import's transaction had begun writing (or had committed).
      const writing = !finished && walBytes(target) > 0;
      await killHard(child);
      const after = await inspectAfterCrash(target);
      const present = [...expected].filter((n) => after.registryNumbers.has(n)).length;
      const outcome = present === expected.size ? 'whole' : present === 0 ? 'absent' : 'PARTIAL';
      const moment = finished ? ' (it had finished)' : writing && !present ? ' (inside its transaction)' : '';
      log(`import attempt ${attempt}: killed after ${delay} ms${moment}: ${outcome}`);
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
          `seed ${seed}, import attempt ${attempt} killed after ${delay} ms: ${problems.join('; ')}\n${childOutput.text()}`,
        );
      if (finished) {
        span = took;
        figures.finishedFirst += 1;
        continue;
      }
      figures.kills += 1;
      if (present) figures.wholeImports += 1;
      else figures.noImport += 1;
      if (writing && !present) figures.midTransaction += 1;
    }
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
