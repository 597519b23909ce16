import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../db/ports';
import { openSqliteStore } from '../../../db/sqlite/store';
import { canonicalJson } from '../../../shared/canonical-json';
import { CASE_FILE_FORMAT } from '../../../shared/domain/case-file';
import type { Language } from '../../../shared/domain/fields';
import { translate } from '../../../shared/i18n';
import { todayIso } from '../../../shared/dates';
import { formatsFor } from '../../../shared/format';
import { reviewNarrative } from '../../../shared/report/narrative';
import { seedReferenceData } from '../../seed-reference';
import { fillDemo } from '../demo';
import { importCases } from '../import-cases';
import { saveReportSettings, loadReportSettings } from '../report-settings';
import { annualStats } from '../stats';
import { renderReport } from './render';
import { astanaTables } from './testing/astana-2024-tables';
import { flowing, hasRow, missingTables, pdfInfo, pdfText } from './testing/pdf-text';

/** A few supervised persons on top of the demo, one with a confirmed re-offence in the year. */
async function addRegister(store: Store): Promise<void> {
  const [reoffence] = (await store.read((r) => r.cases.recordsAfter(0, 10_000)))
    .map((c) => c.record)
    .filter((c) => c.registeredOn >= '2024-06-01' && c.registeredOn <= '2024-12-31');
  const attended = (...days: string[]) => days.map((on) => ({ on, type: 'attended' as const }));
  const monitoring = [
    {
      personId: 'T-REVIEW-1',
      fullName: 'Сериков Айдос Нурланович',
      birthDate: '1961-07-13',
      sex: 'M',
      district: 'Almaty',
      periods: [
        {
          type: 'probation',
          start: '2023-10-01',
          checkInsPerMonth: 2,
          events: [
            ...attended('2024-01-09', '2024-01-30', '2024-02-10', '2024-03-12', '2024-04-11'),
            { on: '2024-05-06', type: 'violation' },
            { on: '2024-05-07', type: 'warning' },
          ],
        },
      ],
      caseLinks: [{ registryNumber: reoffence!.registryNumber, status: 'confirmed' }],
    },
    {
      personId: 'T-REVIEW-2',
      fullName: 'Омаров Бекзат',
      birthDate: '1990-03-03',
      sex: 'M',
      district: 'Yesil',
      periods: [
        {
          type: 'administrative',
          start: '2024-03-01',
          end: '2024-11-30',
          checkInsPerMonth: 1,
          events: attended('2024-03-20', '2024-04-18', '2024-06-25'),
        },
      ],
    },
    {
      personId: 'T-REVIEW-3',
      fullName: 'Ким Виктор',
      birthDate: '1984-12-24',
      sex: 'M',
      periods: [{ type: 'parole', start: '2022-02-01', end: '2023-08-31' }],
    },
  ];
  await importCases(store, 'test', { format: CASE_FILE_FORMAT, cases: [], monitoring }, 'refuse');
}

async function demoStore(): Promise<Store> {
  const store = openSqliteStore(':memory:');
  await seedReferenceData(store);
  await fillDemo(store, 'test');
  await addRegister(store);
  return store;
}

/** Labels as the seeded reference data holds them, for the narrative. */
async function labeller(store: Store, language: Language) {
  const items = await store.read(async (r) => [
    ...(await r.reference.list('district', true)),
    ...(await r.reference.list('platform', true)),
    ...(await r.reference.list('tactic', true)),
  ]);
  return (name: string) => items.find((i) => i.name === name)?.labels[language] || name;
}

describe('the annual review PDF from the demo database', () => {
  let store: Store;
  beforeAll(async () => {
    store = await demoStore();
  });
  afterAll(() => store.close());

  describe.each(['ru', 'kk', 'en'] as const)('in %s', (language) => {
    it('prints the headline figures counted by hand, formatted for the language, and the narrative', async () => {
      const stats = await annualStats(store, { year: 2024 });
      // The headline figures, counted by hand from the demo's plan (demo/astana-2024.ts: cohorts and
      // sentence mixes of 2023 and 2024); the review's first table must print them, worked out by hand.
      expect(stats.pipeline).toMatchObject({
        registered: 52,
        forwardedToCourt: 34,
        convictedPersons: 27,
        sentencedPersons: 27, // 11 imprisoned + 8 suspended + 5 restriction + 3 fines
        imprisonedPersons: 11,
        imprisonmentYears: { min: 3, max: 7 },
      });
      expect(stats.previousYear).toMatchObject({
        registered: 53,
        forwardedToCourt: 30,
        convictedPersons: 22,
        sentencedPersons: 22, // 9 + 6 + 4 + 3
        imprisonedPersons: 9,
      });
      expect(stats.victims.total).toBe(50);
      const { pdf, pages, fileName } = await renderReport(
        store,
        { year: 2024, language },
        { actor: 'cli:tester' },
      );
      expect(fileName).toBe(`nadzor-review-2024-extortion-${language}.pdf`);
      expect(pdfInfo(pdf).Pages).toBe(String(pages));
      const text = pdfText(pdf);
      const firstTable = { keyFigures: astanaTables[language].keyFigures };
      expect(missingTables(pdfText(pdf, 'drawn'), firstTable)).toEqual([]);
      const label = await labeller(store, language);
      const narrative = reviewNarrative(stats, language, (_kind, name) => label(name));
      const { keyFigures, districts, people, shares, sentences, monitoring } = narrative;
      expect(monitoring).toHaveLength(1);
      const paragraphs = [...keyFigures, ...districts, ...people, ...shares, ...sentences, ...monitoring];
      for (const paragraph of paragraphs)
        expect(flowing(text)).toContain(flowing(paragraph.replace(/\u00a0/g, ' ')));
      // The rate is printed with its definition, in the review's language.
      const definition = translate(language, 'monitoringReport.definition', {
        from: formatsFor(language).longDate('2024-01-01'),
        asOf: formatsFor(language).longDate(stats.monitoring.asOf),
      });
      expect(flowing(text)).toContain(flowing(definition.replace(/[\u00a0\u202f]/g, ' ')));
      expect(text).toContain(translate(language, 'report.page', { page: 2, total: pages }));
    });
  });

  it('Kazakh letters come out of the PDF as they went in', async () => {
    const { pdf } = await renderReport(store, { year: 2024, language: 'kk' }, { actor: 'test' });
    const text = pdfText(pdf);
    for (const word of [
      'Жәбірленушілер',
      'Құқықтық негіз',
      'Сотқа жіберілген',
      'Нұра',
      'Байқоңыр',
      'көрсеткіштер',
    ])
      expect(text).toContain(word);
  });

  it('gives the same bytes for the same data and options, dated by the data, not the clock', async () => {
    const request = { year: 2024, language: 'ru' as const };
    const first = await renderReport(store, request, { actor: 'cli:tester' });
    const second = await renderReport(store, request, { actor: 'cli:tester' });
    expect(second.pdf.equals(first.pdf)).toBe(true);
    const head = await store.read((r) => r.audit.latest());
    expect(pdfInfo(first.pdf).CreationDate).toBe(head!.at.replace(/\.\d+Z$/, 'Z'));
  });

  it('prints the options, the user and the fingerprint of the audit head and the figures in full', async () => {
    const { pdf } = await renderReport(
      store,
      { year: 2024, district: 'Yesil', language: 'en' },
      { actor: 'cli:alice' },
    );
    const text = pdfText(pdf);
    const stats = await annualStats(store, { year: 2024, district: 'Yesil' });
    const head = await store.read((r) => r.audit.latest());
    const fingerprint = createHash('sha256')
      .update(`${head!.hash}\u0000${canonicalJson(stats)}`)
      .digest('hex');
    expect(text).toMatch(new RegExp(`Data fingerprint \\(SHA-256\\)\\s+${fingerprint}`));
    // Named as the History names people, not by the trail's code for them.
    expect(hasRow(text, 'Generated by', ['Command line (alice)'])).toBe(true);
    expect(hasRow(text, 'District', ['Yesil'])).toBe(true);
    expect(hasRow(text, 'Language', ['English'])).toBe(true);
    expect(text).toContain('Crime and pre-trial investigation in 2024: Yesil district');
  });

  it("a quarter's review names the quarter and prints the statistics' figures of it, against the same quarter before", async () => {
    const third = { from: '2024-07-01', to: '2024-09-30' };
    // Counted from the records themselves, not through the statistics' SQL: the demo's default
    // subject is extortion, so its art. 194 cases.
    const records = (await store.read((r) => r.cases.recordsAfter(0, 10_000)))
      .map((c) => c.record)
      .filter((c) => c.article === '194');
    const registeredIn = (from: string, to: string) =>
      records.filter((c) => c.registeredOn >= from && c.registeredOn <= to).length;
    const stats = await annualStats(store, { year: 2024, period: third });
    expect(stats.period).toEqual(third);
    expect(stats.pipeline.registered).toBe(registeredIn('2024-07-01', '2024-09-30'));
    expect(stats.previousYear.registered).toBe(registeredIn('2023-07-01', '2023-09-30'));
    const named = {
      ru: {
        header: 'Обзор за III квартал 2024 года',
        cover: 'III квартал 2024 года',
        heads: ['III кв. 2023', 'III кв. 2024'],
      },
      en: {
        header: 'Review: the third quarter of 2024',
        cover: 'The third quarter of 2024',
        heads: ['Q3 2023', 'Q3 2024'],
      },
    } as const;
    for (const language of ['ru', 'en'] as const) {
      const { pdf, fileName } = await renderReport(
        store,
        { year: 2024, period: third, language },
        { actor: 'test' },
      );
      expect(fileName).toBe(`nadzor-review-2024Q3-extortion-${language}.pdf`);
      const text = pdfText(pdf).replace(/\u00a0/g, ' ');
      expect(text).toContain(named[language].header);
      // The cover (the first page; pdftotext ends a page with a form feed) titles the quarter in words.
      expect(text.split('\f')[0]).toContain(named[language].cover);
      expect(hasRow(text, translate(language, 'report.column.indicator'), [...named[language].heads])).toBe(
        true,
      );
      const f = formatsFor(language);
      for (const key of ['registered', 'forwardedToCourt', 'convictedPersons', 'imprisonedPersons'] as const)
        expect(
          hasRow(text, translate(language, `report.figure.${key}`), [
            f.number(stats.previousYear[key]),
            f.number(stats.pipeline[key]),
          ]),
          `${language} ${key}`,
        ).toBe(true);
      const label = await labeller(store, language);
      const { keyFigures, districts } = reviewNarrative(stats, language, (_kind, name) => label(name));
      for (const paragraph of [...keyFigures, ...districts])
        expect(flowing(text)).toContain(flowing(paragraph.replace(/\u00a0/g, ' ')));
    }
  });
});

describe('the review follows the data', () => {
  it('a changed case changes the fingerprint and the bytes', async () => {
    const store = await demoStore();
    const request = { year: 2024, language: 'en' as const };
    const before = await renderReport(store, request, { actor: 'test' });
    const [first] = await store.read((r) => r.cases.recordsAfter(0, 1));
    await importCases(
      store,
      'test',
      {
        format: CASE_FILE_FORMAT,
        cases: [{ ...first!.record, damageKzt: (first!.record.damageKzt ?? 0) + 1 }],
      },
      'update',
    );
    const after = await renderReport(store, request, { actor: 'test' });
    const fingerprintOf = (pdf: Buffer) => /\(SHA-256\)\s+([0-9a-f]{64})/.exec(pdfText(pdf))?.[1];
    expect(fingerprintOf(before.pdf)).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprintOf(after.pdf)).not.toBe(fingerprintOf(before.pdf));
    expect(after.pdf.equals(before.pdf)).toBe(false);
    await store.close();
  });

  it('says in one line that the register has nothing for the year, rather than print a table of zeros', async () => {
    const store = openSqliteStore(':memory:');
    await seedReferenceData(store);
    const text = flowing(
      pdfText((await renderReport(store, { year: 2024, language: 'ru' }, { actor: 'test' })).pdf),
    );
    expect(text).toContain(`6. ${translate('ru', 'monitoringReport.title')}`);
    expect(text).toContain(flowing(translate('ru', 'monitoringReport.none', { year: 2024 })));
    expect(text).not.toContain(translate('ru', 'monitoringReport.figure.compliance'));
    // A share of nothing is the em dash the screen shows, not a hyphen or an en dash.
    expect(text).toContain('Доля направленных в суд — —');
    await store.close();
  });

  it('says on its cover that the figures of a year still running are counted so far, and not of a year over', async () => {
    const store = await demoStore();
    // The data's day: the demo was written today, so its trail's last entry is of today.
    const today = todayIso();
    const year = Number(today.slice(0, 4));
    const cover = async (y: number) =>
      flowing(pdfText((await renderReport(store, { year: y, language: 'ru' }, { actor: 'test' })).pdf));
    const running = await cover(year);
    if (today.endsWith('-12-31')) expect(running).not.toContain('Показатели неполные');
    else
      expect(running).toContain(
        `Показатели неполные: посчитаны на ${formatsFor('ru').date(today)}, до окончания отчётного периода (31.12.${year}), а те же дни прошлого года — полностью.`,
      );
    expect(await cover(2024)).not.toContain('Показатели неполные');
    await store.close();
  });

  it('prints the office texts of Settings in the review language, and leaves out an emptied block', async () => {
    const store = await demoStore();
    const settings = await store.read(loadReportSettings);
    settings.texts.kk.office = 'Қаһарман ауданының прокуратурасы';
    settings.texts.kk.prevention = '';
    settings.texts.kk.adviceToVictims = 'Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі';
    settings.issueDate = '2025-02-03';
    await store.write('test', (tx) => saveReportSettings(tx, settings));
    const text = pdfText((await renderReport(store, { year: 2024, language: 'kk' }, { actor: 'test' })).pdf);
    expect(text).toContain('Қаһарман ауданының прокуратурасы');
    // Every letter of the Kazakh alphabet beyond Russian, in both cases, survives font and extraction.
    expect(text).toContain('Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі');
    expect(text).toContain('Шығарылған күні: 2025 жылғы 3 ақпан');
    expect(text).not.toContain(translate('kk', 'report.section.prevention'));
    // Sections are numbered without a gap: advice follows the legal framework directly.
    // (2. is the trend: the demo data span four years.)
    expect(text).toMatch(/8\. Құқықтық негіз[\s\S]*9\. Жәбірленушілерге кеңестер/);
    await store.close();
  });
});
