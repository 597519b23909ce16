import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../db/sqlite/store';
import { tempDbPath } from '../../db/test-support';
import { CASE_FILE_FORMAT } from '../../shared/domain/case-file';
import { seedReferenceData } from '../seed-reference';
import { importCases } from './import-cases';
import { imprisoned, kase } from './stats-fixtures';
import { pipelineTrend } from './trend';

/** Six cases from 2018 to 2024; every figure below is counted by hand from these lines. */
async function storeWithCases() {
  const store = openSqliteStore(tempDbPath());
  await seedReferenceData(store);
  const cases = [
    kase('2018-01-01'),
    // Registered in 2019; forwarded, convicted and sentenced to prison in 2020.
    kase('2019-05-01', { forwardedToCourtOn: '2020-02-01', defendants: [imprisoned('2020-06-01', 2, 0)] }),
    kase('2020-03-01', { forwardedToCourtOn: '2020-04-01' }),
    kase('2020-07-01', { district: 'Nura' }),
    kase('2022-01-10'),
    kase('2024-02-02', { forwardedToCourtOn: '2024-03-03' }),
  ];
  await importCases(store, 'test', { format: CASE_FILE_FORMAT, cases }, 'refuse');
  return store;
}

const zero = { forwardedToCourt: 0, convictedPersons: 0, sentencedPersons: 0, imprisonedPersons: 0 };

describe('the pipeline trend', () => {
  it('covers the five years up to the one asked, each counted by its own events, with empty years as zeros', async () => {
    const store = await storeWithCases();
    expect(await pipelineTrend(store, { year: 2024 })).toEqual({
      district: null,
      years: [
        {
          year: 2020,
          registered: 2,
          forwardedToCourt: 2,
          convictedPersons: 1,
          sentencedPersons: 1,
          imprisonedPersons: 1,
          clearanceRatePct: 100,
        },
        { year: 2021, registered: 0, ...zero, clearanceRatePct: null },
        { year: 2022, registered: 1, ...zero, clearanceRatePct: 0 },
        { year: 2023, registered: 0, ...zero, clearanceRatePct: null },
        { year: 2024, registered: 1, ...zero, forwardedToCourt: 1, clearanceRatePct: 100 },
      ],
    });
    await store.close();
  });

  it('goes back only as far as the data, and counts one district when asked', async () => {
    const store = await storeWithCases();
    const early = await pipelineTrend(store, { year: 2019 });
    expect(early.years.map(({ year, registered }) => [year, registered])).toEqual([
      [2018, 1],
      [2019, 1],
    ]);
    const nura = await pipelineTrend(store, { year: 2020, district: 'Нура' });
    expect(nura.district).toBe('Nura');
    expect(nura.years.at(-1)).toEqual({ year: 2020, registered: 1, ...zero, clearanceRatePct: 0 });
    // A year before any data is its own trend of one year.
    expect((await pipelineTrend(store, { year: 2010 })).years.map((y) => y.year)).toEqual([2010]);
    await store.close();
  });
});
