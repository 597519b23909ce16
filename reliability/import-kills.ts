import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createRandom } from '../backend/services/demo/random';
import { syntheticCases } from '../bench/synthetic';
import { createDatabase } from '../cli/test-database';
import { CASE_FILE_FORMAT } from '../shared/domain/case-file';
import { inspectAfterCrash, writeLockHeld } from './check-database';
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
  /** Of those, kills while the import held the write lock: inside its transaction. */
  midTransaction: number;
  /** Attempts whose import had finished before its kill came: not counted as kills. */
  finishedFirst: number;
  /** Each attempt's delay after the start, in milliseconds, for a replay with the same seed. */
  delays: number[];
}

/** How often the uninterrupted import is watched for its transaction. */
const WATCH_MS = 10;

/**
 * One import left alone: how long a whole one takes here and now, and when its transaction (the
 * write lock held) begins, as a share of that time.
 */
async function measureImport(
  cli: string,
  args: string[],
  target: string,
): Promise<{ ms: number; transactionFrom: number }> {
  const started = performance.now();
  const child = startCli(cli, args);
  const output = collect(child);
  let lockedAt: number | null = null;
  while (child.exitCode === null) {
    if (lockedAt === null && writeLockHeld(target)) lockedAt = performance.now() - started;
    await sleep(WATCH_MS);
  }
  const { code } = await ended(child);
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`the uninterrupted import failed (${code}):\n${output.text()}`);
  // A transaction shorter than the watch may go unseen: the last third of the run then.
  return { ms, transactionFrom: (lockedAt ?? ms * 0.66) / ms };
}

/**
 * Kills `nadzor import` with SIGKILL at random moments of a large import, each into a fresh copy of
 * one database, and checks what the next start finds: a sound file, the import wholly there or
 * wholly absent, and an audit chain that verifies. Half the moments fall anywhere in the run, half
 * from its transaction's start to its end (the transaction is a small part of a run that mostly
 * starts Node and validates the file). Throws at the first kill that breaks any of it.
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
    const args = ['import', file, '--db', target];
    const fresh = () => {
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
      copyFileSync(base, target);
    };

    fresh();
    const measured = await measureImport(cli, args, target);
    // Learnt again from each import that finishes before its kill: a busy machine's first run may be
    // several times slower than the later ones, which would leave most kills with nothing to kill.
    let span = measured.ms;
    const { transactionFrom } = measured;
    log(
      `import: ${cases} cases take ${Math.round(span)} ms uninterrupted, the transaction from ${Math.round(transactionFrom * 100)} %; seed ${seed}`,
    );

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
      const from = random.chance(0.5) ? 0 : transactionFrom;
      const delay = Math.round((from + random.next() * (1 - from)) * span);
      figures.delays.push(delay);
      const launched = performance.now();
      let took = 0;
      const child = startCli(cli, args);
      const childOutput = collect(child);
      void ended(child).then(() => (took = performance.now() - launched));
      await sleep(delay);
      // An import that had finished was not killed: it counts apart, and another attempt is made.
      const finished = child.exitCode !== null;
      const locked = !finished && writeLockHeld(target);
      await killHard(child);
      const after = await inspectAfterCrash(target);
      const present = [...expected].filter((n) => after.registryNumbers.has(n)).length;
      const outcome = present === expected.size ? 'whole' : present === 0 ? 'absent' : 'PARTIAL';
      const moment = finished ? ' (it had finished)' : locked ? ' (inside its transaction)' : '';
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
      if (locked && !present) figures.midTransaction += 1;
    }
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
