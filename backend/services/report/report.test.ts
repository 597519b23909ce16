import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../db/ports';
import { openSqliteStore } from '../../../db/sqlite/store';
import { canonicalJson } from '../../../shared/canonical-json';
import { CASE_FILE_FORMAT } from '../../../shared/domain/case-file';
import { employments } from '../../../shared/domain/case-record';
import type { Language } from '../../../shared/domain/fields';
import { ageBands, sentenceTypes, type AnnualStats } from '../../../shared/domain/stats';
import { translate } from '../../../shared/i18n';
import { formatsFor } from '../../../shared/report/format';
import { reviewNarrative } from '../../../shared/report/narrative';
import { seedReferenceData } from '../../seed-reference';
import { fillDemo } from '../demo';
import { importCases } from '../import-cases';
import { saveReportSettings, loadReportSettings } from '../report-settings';
import { annualStats } from '../stats';
import { renderReport } from './render';
import { flowing, hasRow, pdfInfo, pdfText } from './testing/pdf-text';

async function demoStore(): Promise<Store> {
  const store = openSqliteStore(':memory:');
  await seedReferenceData(store);
  await fillDemo(store, 'test');
  return store;
}

/** Labels as the seeded reference data holds them, for the expected rows. */
async function labeller(store: Store, language: Language) {
  const items = await store.read(async (r) => [
    ...(await r.reference.list('district', true)),
    ...(await r.reference.list('platform', true)),
    ...(await r.reference.list('tactic', true)),
  ]);
  return (name: string) => items.find((i) => i.name === name)?.labels[language] || name;
}

/** Every figure of the statistics, as the rows of the review's tables print it. */
function expectedRows(stats: AnnualStats, language: Language, label: (name: string) => string) {
  const f = formatsFor(language);
  const t = (key: string, params?: Record<string, unknown>) => translate(language, `report.${key}`, params);
  // Categories begin with a capital in tables ("Лишение свободы"), mid-sentence they do not.
  const cell = (key: string) => t(key).charAt(0).toUpperCase() + t(key).slice(1);
  const p = stats.pipeline;
  const prev = stats.previousYear;
  const rows: [string, string[]][] = [
    [
      t('figure.registered'),
      [f.number(prev.registered), f.number(p.registered), f.change(stats.registeredChangePct!)],
    ],
    [t('figure.forwardedToCourt'), [f.number(prev.forwardedToCourt), f.number(p.forwardedToCourt)]],
    [t('figure.convictedPersons'), [f.number(prev.convictedPersons), f.number(p.convictedPersons)]],
    [t('figure.sentencedPersons'), [f.number(prev.sentencedPersons), f.number(p.sentencedPersons)]],
    [t('figure.imprisonedPersons'), [f.number(prev.imprisonedPersons), f.number(p.imprisonedPersons)]],
    [t('figure.clearanceRate'), [f.percent(p.clearanceRatePct!)]],
    [
      t('figure.imprisonmentTerms'),
      [
        t('termRange', {
          count: p.imprisonmentYears!.max,
          min: f.number(p.imprisonmentYears!.min),
          max: f.number(p.imprisonmentYears!.max),
        }),
      ],
    ],
    [t('total'), [f.number(prev.registered), f.number(p.registered), f.change(stats.registeredChangePct!)]],
    [t('offender.men'), [f.percent(stats.offenders.menPct!)]],
    [t('offender.age17to60'), [f.percent(stats.offenders.age17to60Pct!)]],
    [t('offender.priorConviction'), [f.percent(stats.offenders.priorConvictionPct!)]],
    [t('offender.unemployed'), [f.percent(stats.offenders.unemployedPct!)]],
    [t('offender.groupCrime'), [f.percent(stats.groupCrimePct!)]],
    [t('total'), [f.number(stats.victims.total)]],
    [t('total'), [f.number(p.sentencedPersons)]],
    [t('total'), [f.number(p.imprisonedPersons)]],
  ];
  for (const d of stats.districts)
    rows.push([
      label(d.district),
      [f.number(d.previous), f.number(d.registered), d.changePct === null ? t('new') : f.change(d.changePct)],
    ]);
  for (const band of ageBands) rows.push([cell(`ageBand.${band}`), [f.number(stats.victims.ageBands[band])]]);
  for (const job of [...employments, 'unknown'] as const)
    rows.push([cell(`employment.${job}`), [f.number(stats.victims.employment[job])]]);
  for (const share of [...stats.platforms, ...stats.tactics])
    rows.push([label(share.name), [f.number(share.cases), f.percent(share.pct!)]]);
  for (const type of sentenceTypes)
    rows.push([cell(`sentenceType.${type}`), [f.number(stats.sentences.byType[type])]]);
  for (const term of stats.sentences.imprisonmentTerms)
    rows.push([t('years', { count: term.years, n: f.number(term.years) }), [f.number(term.persons)]]);
  return rows;
}

describe('the annual review PDF from the demo database', () => {
  let store: Store;
  beforeAll(async () => {
    store = await demoStore();
  });
  afterAll(() => store.close());

  describe.each(['ru', 'kk', 'en'] as const)('in %s', (language) => {
    it('states every figure of the statistics, formatted for the language, and the narrative', async () => {
      const stats = await annualStats(store, { year: 2024 });
      const { pdf, pages, fileName } = await renderReport(
        store,
        { year: 2024, language },
        { actor: 'cli:tester' },
      );
      expect(fileName).toBe(`nadzor-review-2024-${language}.pdf`);
      expect(pdfInfo(pdf).Pages).toBe(String(pages));
      const text = pdfText(pdf);
      const label = await labeller(store, language);
      const missing = expectedRows(stats, language, label).filter(
        ([name, values]) => !hasRow(text, name, values),
      );
      expect(missing).toEqual([]);
      const narrative = reviewNarrative(stats, language, (_kind, name) => label(name));
      const { keyFigures, districts, people, shares, sentences } = narrative;
      const paragraphs = [...keyFigures, ...districts, ...people, ...shares, ...sentences];
      for (const paragraph of paragraphs)
        expect(flowing(text)).toContain(flowing(paragraph.replace(/\u00a0/g, ' ')));
      expect(text).toContain(translate(language, 'report.page', { page: 2, total: pages }));
    });
  });

  it('Kazakh letters come out of the PDF as they went in', async () => {
    const { pdf } = await renderReport(store, { year: 2024, language: 'kk' }, { actor: 'test' });
    const text = pdfText(pdf);
    for (const word of [
      'Жәбірленушілер',
      'Құқықтық негіз',
      'Сотқа жолданған',
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
    expect(hasRow(text, 'Generated by', ['cli:alice'])).toBe(true);
    expect(hasRow(text, 'District', ['Yesil'])).toBe(true);
    expect(hasRow(text, 'Language', ['English'])).toBe(true);
    expect(text).toContain('Crime and pre-trial investigation in 2024: Yesil district');
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
    expect(text).toContain(`Шығарылған күні: ${formatsFor('kk').date('2025-02-03')}`);
    expect(text).not.toContain(translate('kk', 'report.section.prevention'));
    // Sections are numbered without a gap: advice follows the legal framework directly.
    expect(text).toMatch(/6\. Құқықтық негіз[\s\S]*7\. Жәбірленушілерге кеңестер/);
    await store.close();
  });
});
