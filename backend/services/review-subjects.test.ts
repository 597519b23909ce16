import { describe, expect, it } from 'vitest';
import type { Store } from '../../db/ports';
import { openPgStore } from '../../db/postgres/store';
import { usePgDatabase } from '../../db/postgres/testing/test-database';
import { openSqliteStore } from '../../db/sqlite/store';
import { tempDbPath } from '../../db/test-support';
import { CASE_FILE_FORMAT } from '../../shared/domain/case-file';
import type { CaseRecordInput } from '../../shared/domain/case-record';
import { reviewSubjects, type ReviewSubjects } from '../../shared/domain/review-subject';
import { DomainError } from '../errors';
import { seedReferenceData } from '../seed-reference';
import { importCases } from './import-cases';
import { reportInputs } from './report/render';
import { loadSubjects, saveSubjects, SUBJECTS_KEY } from './review-subjects';
import { imprisoned, kase, man } from './stats-fixtures';
import { annualStats, drillDown } from './stats';

/*
 * A review's subject (issue 15): named in Settings, asked by name or title, or the default; its
 * articles are what every figure and list counts. Expectations are counted by hand from `cases`.
 */
const cases: CaseRecordInput[] = [
  // 2024: three extortion (194), two fraud (190), one drug case (296); 2023: one extortion, one fraud.
  kase('2024-03-02', { forwardedToCourtOn: '2024-04-01', defendants: [imprisoned('2024-06-10', 4, 0)] }),
  kase('2024-05-15', { district: 'Esil', defendants: [man()] }),
  kase('2024-09-30'),
  kase('2024-04-05', { article: '190', forwardedToCourtOn: '2024-05-25' }),
  kase('2024-06-20', { article: '190', district: 'Esil' }),
  kase('2024-08-20', { article: '296' }),
  kase('2023-07-10'),
  kase('2023-08-01', { article: '190' }),
];

const legal = { ru: '', kk: '', en: '' };
const subjects: ReviewSubjects = {
  subjects: [
    {
      name: 'extortion',
      title: { ru: 'Вымогательство — ст. 194 УК РК', kk: 'Қорқытып алушылық', en: 'Extortion' },
      articles: [{ code: '194', legal }],
    },
    {
      name: 'property',
      title: { ru: 'Против собственности', kk: 'Меншікке қарсы', en: 'Against property' },
      articles: [
        { code: '194', legal },
        { code: '190', legal },
      ],
    },
  ],
  defaultSubject: null,
};

const engines: [string, () => Promise<Store>][] = [
  ['SQLite', () => Promise.resolve(openSqliteStore(tempDbPath()))],
  ['PostgreSQL', async () => openPgStore(pgDatabase())],
];
const pgDatabase = usePgDatabase();

describe.each(engines)('a review of a subject of Settings (%s)', (_engine, open) => {
  it('counts the subject asked by name or title, the default when none is asked, every case for null', async () => {
    const store = await open();
    try {
      await seedReferenceData(store);
      await importCases(store, 'test', { format: CASE_FILE_FORMAT, cases }, 'refuse');
      // No subject in Settings: every case, whatever is absent (an imported file is counted whole).
      const none = await annualStats(store, { year: 2024 });
      expect(none.pipeline.registered).toBe(6);
      expect(none.scope).toEqual({ subject: null, articles: null });

      await store.write('admin', (tx) => saveSubjects(tx, subjects));
      expect((await annualStats(store, { year: 2024 })).pipeline.registered).toBe(6);
      const byName = await annualStats(store, { year: 2024, subject: 'extortion' });
      expect(byName.pipeline).toMatchObject({ registered: 3, forwardedToCourt: 1, convictedPersons: 1 });
      expect(byName.previousYear.registered).toBe(1);
      expect(byName.scope).toEqual({ subject: 'extortion', articles: ['194'] });
      const byTitle = await annualStats(store, { year: 2024, subject: 'против СОБСТВЕННОСТИ' });
      expect(byTitle.pipeline).toMatchObject({ registered: 5, forwardedToCourt: 2 });
      expect(byTitle.scope).toEqual({ subject: 'property', articles: ['190', '194'] });
      // Articles asked outright are those of a subject when one holds exactly them.
      const articles = await annualStats(store, { year: 2024, articles: ['190', '194'] });
      expect(articles.scope).toEqual({ subject: 'property', articles: ['190', '194'] });
      expect((await annualStats(store, { year: 2024, articles: ['296'] })).scope).toEqual({
        subject: null,
        articles: ['296'],
      });

      await store.write('admin', (tx) => saveSubjects(tx, { ...subjects, defaultSubject: 'extortion' }));
      const byDefault = await annualStats(store, { year: 2024 });
      expect(byDefault.pipeline.registered).toBe(3);
      expect(byDefault.scope.subject).toBe('extortion');
      const everyCase = await annualStats(store, { year: 2024, subject: null });
      expect(everyCase.pipeline.registered).toBe(6);
      expect(everyCase.scope).toEqual({ subject: null, articles: null });

      // The lists behind the figures follow the same subject.
      const page = { year: 2024, page: 1, pageSize: 50 };
      const listed = await drillDown(store, { ...page, figure: 'registered' });
      expect(listed.rows.map((r) => r.registeredOn)).toEqual(['2024-03-02', '2024-05-15', '2024-09-30']);
      const fraud = await drillDown(store, { ...page, figure: 'forwardedToCourt', subject: 'property' });
      expect(fraud.rows.map((r) => r.registeredOn).sort()).toEqual(['2024-03-02', '2024-04-05']);

      const unknown = await annualStats(store, { year: 2024, subject: 'drugs' }).catch((e: unknown) => e);
      expect(unknown).toBeInstanceOf(DomainError);
      expect(unknown).toMatchObject({
        key: 'errors.stats.unknownSubject',
        params: { subject: 'drugs', known: 'extortion, property' },
      });
    } finally {
      await store.close();
    }
  });
});

describe("a review's document follows its subject", () => {
  it('names the subject, prints its articles’ legal texts, and its fingerprint differs from every case’s', async () => {
    const store = openSqliteStore(tempDbPath());
    try {
      await seedReferenceData(store);
      await importCases(store, 'test', { format: CASE_FILE_FORMAT, cases }, 'refuse');
      const withText = {
        ...subjects,
        subjects: [
          {
            ...subjects.subjects[0]!,
            articles: [{ code: '194', legal: { ru: 'Статья 194.', kk: '194-бап.', en: 'Article 194.' } }],
          },
        ],
        defaultSubject: 'extortion',
      };
      await store.write('admin', (tx) => saveSubjects(tx, withText));
      const extortion = await reportInputs(store, { year: 2024, language: 'en' }, 'test');
      expect(extortion.stats.pipeline.registered).toBe(3);
      expect(extortion.subject).toEqual({ title: 'Extortion', legal: ['Article 194.'] });
      const everyCase = await reportInputs(store, { year: 2024, language: 'en', subject: null }, 'test');
      expect(everyCase.stats.pipeline.registered).toBe(6);
      expect(everyCase.subject).toEqual({ title: null, legal: [] });
      expect(everyCase.fingerprint).not.toBe(extortion.fingerprint);
      // Articles no subject holds are named by their numbers.
      const drugs = await reportInputs(store, { year: 2024, language: 'ru', articles: ['296'] }, 'test');
      expect(drugs.subject).toEqual({ title: 'ст. 296 УК РК', legal: [] });
    } finally {
      await store.close();
    }
  });
});

describe('the subjects of Settings', () => {
  const issues = (value: unknown) =>
    reviewSubjects.safeParse(value).error?.issues.map((i) => [i.path.join('.'), i.message]);
  const extortion = subjects.subjects[0]!;

  it('refuses a name twice, no articles, an empty title, the name "all" and an unknown default', () => {
    expect(issues(subjects)).toBeUndefined();
    expect(issues({ subjects: [extortion, { ...extortion }], defaultSubject: null })).toEqual([
      ['subjects.1.name', 'errors.subject.nameTwice'],
    ]);
    expect(issues({ subjects: [{ ...extortion, articles: [] }], defaultSubject: null })).toEqual([
      ['subjects.0.articles', 'errors.subject.noArticles'],
    ]);
    expect(
      issues({ subjects: [{ ...extortion, title: { ...extortion.title, kk: ' ' } }], defaultSubject: null }),
    ).toEqual([['subjects.0.title.kk', 'errors.subject.title']]);
    expect(issues({ subjects: [{ ...extortion, name: 'all' }], defaultSubject: null })).toEqual([
      ['subjects.0.name', 'errors.subject.nameAll'],
    ]);
    expect(issues({ subjects: [{ ...extortion, name: 'Вымогательство' }], defaultSubject: null })).toEqual([
      ['subjects.0.name', 'errors.subject.name'],
    ]);
    const twice = { ...extortion, articles: [...extortion.articles, ...extortion.articles] };
    expect(issues({ subjects: [twice], defaultSubject: null })).toEqual([
      ['subjects.0.articles.1.code', 'errors.subject.articleTwice'],
    ]);
    expect(issues({ subjects: [extortion], defaultSubject: 'fraud' })).toEqual([
      ['defaultSubject', 'errors.subject.unknownDefault'],
    ]);
  });

  it('are saved as one audited setting, only when changed, and removed when emptied', async () => {
    const store = openSqliteStore(tempDbPath());
    try {
      expect(await store.read(loadSubjects)).toEqual({ subjects: [], defaultSubject: null });
      await store.write('admin', (tx) => saveSubjects(tx, subjects));
      await store.write('admin', (tx) => saveSubjects(tx, subjects));
      expect(await store.read(loadSubjects)).toEqual(subjects);
      await store.write('admin', (tx) => saveSubjects(tx, { subjects: [], defaultSubject: null }));
      expect(await store.read((r) => r.settings.get(SUBJECTS_KEY))).toBeNull();
      const trail = await store.read((r) => r.audit.list({}, 0, 10));
      expect(trail.entries.map((e) => [e.action, e.entityId])).toEqual([
        ['settings.subjects', SUBJECTS_KEY],
        ['settings.subjects', SUBJECTS_KEY],
      ]);
    } finally {
      await store.close();
    }
  });
});
