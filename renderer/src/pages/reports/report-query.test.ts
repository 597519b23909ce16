import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DRILL_PAGE_SIZE,
  defaultReportYear,
  drillTargetOf,
  offeredYears,
  parseReportParams,
  toReportParams,
  type ReportState,
} from './report-query';

const today = new Date(2025, 4, 20);
const parse = (query: string) => parseReportParams(new URLSearchParams(query), today);

describe('the Reports screen state in the URL', () => {
  it('opens on the previous calendar year, the whole city and the UI language', () => {
    expect(defaultReportYear(today)).toBe(2024);
    expect(parse('')).toEqual({ view: { year: 2024, district: null, language: null }, drill: null });
  });

  it('round-trips a view with an open list on another page', () => {
    const state: ReportState = {
      view: { year: 2023, district: 'Almaty', language: 'kk' },
      drill: {
        figure: 'victims',
        key: 'age:21to39',
        year: 2023,
        district: 'Almaty',
        page: 3,
        pageSize: 20,
      },
    };
    expect(parseReportParams(toReportParams(state), today)).toEqual(state);
    expect(toReportParams(state).toString()).toBe(
      'year=2023&district=Almaty&lang=kk&open=victims&key=age%3A21to39&page=3&pageSize=20',
    );
  });

  it('keeps the year in every link, so a bookmark does not drift when the calendar turns', () => {
    expect(
      toReportParams({ view: { year: 2024, district: null, language: null }, drill: null }).toString(),
    ).toBe('year=2024');
  });

  it('writes a district row’s list for the previous year with its own year and district', () => {
    const view = { year: 2024, district: null, language: null };
    const drill = drillTargetOf(view, { figure: 'registered', district: 'Nura', year: 2023 });
    expect(drill).toEqual({
      figure: 'registered',
      year: 2023,
      district: 'Nura',
      page: 1,
      pageSize: DEFAULT_DRILL_PAGE_SIZE,
    });
    const query = toReportParams({ view, drill }).toString();
    expect(query).toBe('year=2024&open=registered&openYear=2023&openDistrict=Nura');
    expect(parse(query).drill).toEqual(drill);
  });

  it('gives an open list the view’s year and district unless the URL says otherwise', () => {
    expect(parse('year=2022&district=Yesil&open=forwardedToCourt').drill).toEqual({
      figure: 'forwardedToCourt',
      year: 2022,
      district: 'Yesil',
      page: 1,
      pageSize: DEFAULT_DRILL_PAGE_SIZE,
    });
  });

  it('ignores values the backend would refuse', () => {
    expect(parse('year=24&district=%20%20&lang=de&open=everything&page=0&pageSize=7')).toEqual({
      view: { year: 2024, district: null, language: null },
      drill: null,
    });
    expect(parse('year=3000').view.year).toBe(2024);
    expect(parse('open=registered&page=-2&pageSize=1000&openYear=abc').drill).toMatchObject({
      year: 2024,
      page: 1,
      pageSize: DEFAULT_DRILL_PAGE_SIZE,
    });
    expect(parse(`district=${'x'.repeat(101)}`).view.district).toBeNull();
  });

  it('offers the last ten years, newest first, and keeps an older year from the URL', () => {
    expect(offeredYears(2024, today)).toEqual([2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017, 2016]);
    expect(offeredYears(2001, today).at(-1)).toBe(2001);
    expect(offeredYears(2001, today)).toHaveLength(11);
  });

  it('keeps a period of the year in the URL, moves it to the year of a list, and drops days of another year', () => {
    const third = { from: '2024-07-01', to: '2024-09-30' };
    const state: ReportState = {
      view: { year: 2024, district: null, language: null, period: third },
      drill: drillTargetOf(
        { year: 2024, district: null, language: null, period: third },
        {
          figure: 'registered',
          year: 2023,
        },
      ),
    };
    expect(state.drill?.period).toEqual({ from: '2023-07-01', to: '2023-09-30' });
    expect(toReportParams(state).toString()).toBe(
      'year=2024&from=2024-07-01&to=2024-09-30&open=registered&openYear=2023',
    );
    expect(parseReportParams(toReportParams(state), today)).toEqual(state);
    expect(parse('year=2023&from=2024-07-01&to=2024-09-30').view.period).toBeUndefined();
    expect(parse('year=2024&from=2024-09-30&to=2024-07-01').view.period).toBeUndefined();
    expect(parse('year=2024&from=2024-07-01').view.period).toBeUndefined();
  });
});
