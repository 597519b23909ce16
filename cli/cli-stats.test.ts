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

  it('counts the default subject (the demo: extortion), --subject all every case, --article those articles', () => {
    const json = (...args: string[]) => {
      const result = nadzor('stats', '--year', '2024', ...args, '--json', '--db', db);
      expect(result, args.join(' ')).toMatchObject({ code: 0, stderr: '' });
      return JSON.parse(result.stdout) as { pipeline: { registered: number }; scope: unknown };
    };
    expect(json().scope).toEqual({ subject: 'extortion', articles: ['194'] });
    // The demo registers six fraud and drug cases beside 2024's 52 extortion (demo/astana-2024.ts).
    const all = json('--subject', 'all');
    expect(all.pipeline.registered).toBe(58);
    expect(all.scope).toEqual({ subject: null, articles: null });
    const fraud = json('--subject', 'Мошенничество — ст. 190 УК РК');
    expect(fraud.pipeline.registered).toBe(4);
    expect(fraud.scope).toEqual({ subject: 'fraud', articles: ['190'] });
    const two = json('--article', '297', '--article', '190');
    expect(two.pipeline.registered).toBe(6);
    expect(two.scope).toEqual({ subject: null, articles: ['190', '297'] });
  });

  it('refuses --article with --subject (usage, exit 2) and an unknown subject (exit 1, naming the known)', () => {
    const both = nadzor('stats', '--year', '2024', '--article', '194', '--subject', 'fraud', '--db', db);
    expect(both.code).toBe(2);
    expect(both.stderr.trim().split('\n')).toHaveLength(1);
    expect(both.stderr).toContain('--subject');
    const unknown = nadzor('stats', '--year', '2024', '--subject', 'drugs', '--json', '--db', db);
    expect(unknown).toMatchObject({ code: 1, stdout: '' });
    expect(unknown.stderr.trim()).toBe(
      'nadzor: There is no subject “drugs”. Subjects in Settings: extortion, fraud',
    );
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
