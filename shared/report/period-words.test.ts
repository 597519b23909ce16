import { describe, expect, it } from 'vitest';
import { periodHeads, periodWords } from './period-words';

const q3 = { from: '2024-07-01', to: '2024-09-30' };
const h1 = { from: '2024-01-01', to: '2024-06-30' };
const range = { from: '2024-07-15', to: '2024-10-14' };
const year = { from: '2024-01-01', to: '2024-12-31' };

describe('a period in words', () => {
  it('names a quarter in the three languages', () => {
    expect(periodWords(q3, 'ru')).toEqual({
      isYear: false,
      title: 'III квартал 2024 года',
      heading: 'III квартал 2024 года',
      short: 'III кв. 2024',
      in: 'в III квартале 2024 года',
      comparedWith: 'по сравнению с тем же периодом 2023 года',
    });
    expect(periodWords(q3, 'en')).toEqual({
      isYear: false,
      title: 'the third quarter of 2024',
      heading: 'The third quarter of 2024',
      short: 'Q3 2024',
      in: 'in the third quarter of 2024',
      comparedWith: 'compared with the same period of 2023',
    });
    expect(periodWords(q3, 'kk')).toEqual({
      isYear: false,
      title: '2024 жылғы III тоқсан',
      heading: '2024 жылғы III тоқсан',
      short: '2024 ж. III тоқсан',
      in: '2024 жылғы III тоқсанда',
      comparedWith: '2023 жылдың сол кезеңімен салыстырғанда',
    });
  });

  it('names a half-year', () => {
    expect(periodWords(h1, 'ru').title).toBe('1-е полугодие 2024 года');
    expect(periodWords(h1, 'ru').in).toBe('в 1-м полугодии 2024 года');
    expect(periodWords(h1, 'en').title).toBe('the first half of 2024');
    expect(periodWords(h1, 'en').short).toBe('H1 2024');
    expect(periodWords(h1, 'kk').title).toBe('2024 жылғы 1-жартыжылдық');
  });

  it('writes a range with the dates of the language', () => {
    expect(periodWords(range, 'ru').title).toBe('15.07.2024–14.10.2024');
    expect(periodWords(range, 'ru').in).toBe('в период с 15.07.2024 по 14.10.2024');
    expect(periodWords(range, 'en').title).toBe('15 Jul 2024–14 Oct 2024');
    expect(periodWords(range, 'kk').in).toBe('15.07.2024–14.10.2024 аралығында');
  });

  it('says a calendar year as the annual review does', () => {
    expect(periodWords(year, 'ru')).toEqual({
      isYear: true,
      title: '2024 год',
      heading: '2024 год',
      short: '2024',
      in: 'в 2024 году',
      comparedWith: 'по сравнению с 2023 годом',
    });
    expect(periodWords(year, 'en').comparedWith).toBe('compared with 2023');
  });
});

describe('the heads of a period and of the same days in other years', () => {
  it('heads a quarter by the quarter of each year, and a whole year by the year alone', () => {
    const quarter = periodHeads({ from: '2024-07-01', to: '2024-09-30' }, 2024, 'ru');
    expect(quarter.isYear).toBe(false);
    expect([quarter.of(2023), quarter.of(2024)]).toEqual(['III кв. 2023', 'III кв. 2024']);
    expect(periodHeads({ from: '2024-07-01', to: '2024-09-30' }, 2024, 'en').of(2020)).toBe('Q3 2020');
    const year = periodHeads({ from: '2024-01-01', to: '2024-12-31' }, 2024, 'ru');
    expect([year.isYear, year.of(2023)]).toEqual([true, '2023']);
  });
});
