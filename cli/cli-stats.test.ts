import { runCli } from './run-cli';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDbPath } from '../db/test-support';

const nadzor = (...args: string[]) => runCli(args);

describe('CLI stats', () => {
  let db: string;
  beforeAll(() => {
    db = tempDbPath();
    expect(nadzor('demo', '--db', db).code).toBe(0);
  });

  it('--json prints the §4 object for the demo year 2024, and nothing else', () => {
    const result = nadzor('stats', '--year', '2024', '--json', '--db', db);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const stats = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(stats).toMatchObject({
      year: 2024,
      district: null,
      pipeline: {
        registered: 52,
        forwardedToCourt: 34,
        convictedPersons: 27,
        sentencedPersons: 27,
        imprisonedPersons: 11,
        imprisonmentYears: { min: 3, max: 7 },
        clearanceRatePct: 65.4,
      },
      previousYear: {
        registered: 53,
        forwardedToCourt: 30,
        convictedPersons: 22,
        sentencedPersons: 22,
        imprisonedPersons: 9,
      },
      registeredChangePct: -1.9,
      victims: { womenPct: 28 },
      offenders: { menPct: 90 },
      groupCrimePct: 53.8,
    });
    expect(stats.districts).toContainEqual({
      district: 'Almaty',
      registered: 22,
      previous: 28,
      changePct: -21.4,
    });
    expect(stats.districts).toContainEqual({
      district: 'Saryarka',
      registered: 6,
      previous: 3,
      changePct: 100,
    });
    for (const key of ['victims', 'offenders', 'platforms', 'tactics']) expect(stats).toHaveProperty(key);
  });

  it('--district narrows every figure to one district', () => {
    const result = nadzor('stats', '--year', '2024', '--district', 'Yesil', '--json', '--db', db);
    const stats = JSON.parse(result.stdout) as {
      district: string;
      pipeline: { registered: number };
      districts: unknown[];
    };
    expect(stats.district).toBe('Yesil');
    expect(stats.pipeline.registered).toBe(14);
    expect(stats.districts).toEqual([{ district: 'Yesil', registered: 14, previous: 16, changePct: -12.5 }]);
  });

  it('an unknown district is a user error (exit 1, one line); a bad or missing year a usage error (exit 2)', () => {
    const unknown = nadzor('stats', '--year', '2024', '--district', 'Atlantis', '--json', '--db', db);
    expect(unknown).toMatchObject({ code: 1, stdout: '' });
    expect(unknown.stderr.trim().split('\n')).toEqual([
      'nadzor: There is no district “Atlantis”. Known districts: Almaty, Baikonyr, Nura, Saryarka, Yesil',
    ]);
    for (const args of [['--year', '24'], ['--year', 'next'], []]) {
      const result = nadzor('stats', ...args, '--json', '--db', db);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
