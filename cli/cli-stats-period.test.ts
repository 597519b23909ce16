import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDbPath } from '../db/test-support';
import { flowing, hasRow, pdfText } from '../backend/services/report/testing/pdf-text';
import { runCli } from './run-cli';

const nadzor = (...args: string[]) => runCli(args);

/** Registrations by hand: 2024 has 2 in Q1, 1 in Q2, 3 in Q3, 1 in Q4; 2023 one in Q3 and one in Q4. */
const registered = [
  '2023-08-01',
  '2023-11-20',
  '2024-01-10',
  '2024-03-31',
  '2024-04-01',
  '2024-07-01',
  '2024-08-15',
  '2024-09-30',
  '2024-10-01',
];
const caseFile = {
  format: 'nadzor.cases/v1',
  cases: registered.map((registeredOn, i) => ({
    registryNumber: `${registeredOn.slice(2, 4)}15000310000${String(i + 1).padStart(2, '0')}`,
    article: '194',
    part: null,
    district: 'Yesil',
    registeredOn,
    victims: [],
    defendants: [],
  })),
};

interface Figures {
  year: number;
  period: { from: string; to: string };
  pipeline: { registered: number };
  previousYear: { registered: number };
  registeredChangePct: number | null;
}

describe('CLI stats and report of a period', () => {
  let db: string;
  const stats = (...args: string[]) => {
    const result = nadzor('stats', ...args, '--json', '--db', db);
    expect(result, args.join(' ')).toMatchObject({ code: 0, stderr: '' });
    return JSON.parse(result.stdout) as Figures;
  };
  beforeAll(() => {
    db = tempDbPath();
    const file = join(dirname(db), 'cases.json');
    writeFileSync(file, JSON.stringify(caseFile));
    expect(nadzor('import', file, '--db', db).code).toBe(0);
  });

  it('--quarter counts the quarter against the same quarter a year before; the year is the one it ends in', () => {
    expect(stats('--quarter', '2024Q3')).toMatchObject({
      year: 2024,
      period: { from: '2024-07-01', to: '2024-09-30' },
      pipeline: { registered: 3 },
      previousYear: { registered: 1 },
      registeredChangePct: 200,
    });
    expect(stats('--quarter', '2024Q3', '--year', '2024').pipeline.registered).toBe(3);
    expect(stats('--half', '2024H1')).toMatchObject({
      period: { from: '2024-01-01', to: '2024-06-30' },
      pipeline: { registered: 3 },
      previousYear: { registered: 0 },
    });
  });

  it('--from/--to count any days, both ends included; a year alone is still the calendar year', () => {
    expect(stats('--from', '2024-08-01', '--to', '2024-10-01')).toMatchObject({
      year: 2024,
      period: { from: '2024-08-01', to: '2024-10-01' },
      pipeline: { registered: 3 },
      previousYear: { registered: 1 },
    });
    expect(stats('--from', '2023-12-01', '--to', '2024-01-10').pipeline.registered).toBe(1);
    expect(stats('--year', '2024')).toMatchObject({
      period: { from: '2024-01-01', to: '2024-12-31' },
      pipeline: { registered: 7 },
      previousYear: { registered: 2 },
    });
  });

  it('options that contradict each other are a usage error (exit 2), one line each', () => {
    for (const args of [
      ['--quarter', '2024Q3', '--half', '2024H1'],
      ['--quarter', '2024Q3', '--from', '2024-07-01', '--to', '2024-07-31'],
      ['--from', '2024-07-01'],
      ['--to', '2024-07-01', '--year', '2024'],
      ['--quarter', '2024Q3', '--year', '2023'],
      ['--quarter', '2024Q5'],
      ['--half', '2024H3'],
      ['--district', 'Yesil'],
    ]) {
      const result = nadzor('stats', ...args, '--json', '--db', db);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stdout, args.join(' ')).toBe('');
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });

  it('days that are no period are a user error (exit 1) worded in the language asked', () => {
    const refused = (...args: string[]) => {
      const result = nadzor(...args, '--db', db);
      expect(result.code, args.join(' ')).toBe(1);
      return result.stderr.trim();
    };
    expect(refused('stats', '--from', '2024-09-30', '--to', '2024-07-01')).toBe(
      'nadzor: --to: The period must end on or after the day it starts',
    );
    expect(refused('stats', '--from', '2024-02-30', '--to', '2024-03-31')).toBe(
      'nadzor: --from: Expected a date as YYYY-MM-DD',
    );
    expect(refused('stats', '--from', '2023-01-01', '--to', '2024-01-01')).toBe(
      'nadzor: --to: A period is at most one year long (it is compared with the same days a year before)',
    );
    const out = join(dirname(db), 'review.pdf');
    expect(
      refused('report', '--from', '2024-09-30', '--to', '2024-07-01', '--lang', 'ru', '--out', out),
    ).toBe('nadzor: --to: Период должен заканчиваться не раньше дня, с которого начинается');
  });

  it('report --quarter prints the quarter and the figures stats --quarter gives, against the same quarter before', () => {
    const figures = stats('--quarter', '2024Q3');
    const expected = {
      ru: {
        header: 'Обзор за III квартал 2024 года',
        sentence:
          'В III квартале 2024 года зарегистрировано 3 уголовных дела — на 200 % больше, чем в тот же период 2023 года (1).',
        row: ['Зарегистрировано уголовных дел', ['1', '3', '+200 %']],
        heads: 'III кв. 2023 III кв. 2024',
      },
      en: {
        header: 'Review: the third quarter of 2024',
        sentence:
          'In the third quarter of 2024, 3 criminal cases were registered, 200% more than in the same period of 2023 (1).',
        row: ['Cases registered', ['1', '3', '+200%']],
        heads: 'Q3 2023 Q3 2024',
      },
    } as const;
    // The figures the PDF must state are those of stats, counted by hand above.
    expect([figures.previousYear.registered, figures.pipeline.registered]).toEqual([1, 3]);
    for (const [language, words] of Object.entries(expected)) {
      const out = join(dirname(db), `review-q3-${language}.pdf`);
      const result = nadzor('report', '--quarter', '2024Q3', '--lang', language, '--out', out, '--db', db);
      expect(result, language).toMatchObject({ code: 0, stderr: '' });
      const text = pdfText(readFileSync(out));
      expect(text, language).toContain(words.header);
      expect(flowing(text).replace(/\u00a0/g, ' '), language).toContain(words.sentence);
      expect(flowing(text), language).toContain(words.heads);
      const [label, values] = words.row;
      expect(hasRow(text.replace(/\u00a0/g, ' '), label, [...values]), language).toBe(true);
    }
  });
});
