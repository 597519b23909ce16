import { describe, expect, it } from 'vitest';
import { killHosts } from './host-kills';
import { killImports } from './import-kills';

/*
 * The crash harness's short form, 9 kills (the full one, 60: `npm run test:reliability`). Kill
 * moments come from a seed, new on every run and printed with the delays; a failure names the seed,
 * the kill and its delay, and `NADZOR_CRASH_SEED=<n> npx vitest run reliability/crash.test.ts`
 * replays the run. Every check holds for every moment, so no run depends on where its kills fall.
 */

const seed = Number(process.env.NADZOR_CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
const quiet = () => undefined;

describe(`SIGKILL at random moments (seed ${seed})`, () => {
  it('leaves an import wholly in the database or wholly out, the file sound and the trail whole', async () => {
    const figures = await killImports({ seed, kills: 5, cases: 200, log: quiet });
    console.log(
      `crash harness, seed ${seed}: import attempts killed after ${figures.delays.join(', ')} ms (${figures.midTransaction} inside its transaction, ${figures.finishedFirst} after it had finished)`,
    );
    expect(figures.kills).toBe(5);
    expect(figures.wholeImports + figures.noImport).toBe(5);
  });

  it('keeps every write the host acknowledged, the file sound and the trail whole', async () => {
    const figures = await killHosts({ seed, kills: 4, writers: 3, longestRunMs: 400, log: quiet });
    console.log(`crash harness, seed ${seed}: host killed after ${figures.delays.join(', ')} ms`);
    expect(figures.kills).toBe(4);
  });
});
