import { describe, expect, it } from 'vitest';
import { caseListQuery } from '../../../../shared/domain/case';
import {
  caseListPath,
  defaultRequest,
  filtersOf,
  parseListParams,
  toListParams,
  toListQuery,
} from './list-query';

describe('case list query in the URL', () => {
  it('round-trips every filter, paging and sorting', () => {
    const request = {
      page: 3,
      pageSize: 100,
      sort: 'district' as const,
      order: 'asc' as const,
      search: 'Иванов',
      year: 2024,
      district: 'Yesil',
      stage: 'forwarded' as const,
      article: '190',
      platform: 'Telegram',
      deadline: 'overdue' as const,
    };
    expect(parseListParams(toListParams(request))).toEqual(request);
  });

  it('leaves defaults out of links', () => {
    expect(caseListPath({})).toBe('/cases');
    expect(caseListPath({ ...defaultRequest, stage: 'closed', year: 2025 })).toBe(
      '/cases?year=2025&stage=closed',
    );
  });

  it('ignores values the backend would refuse', () => {
    const parsed = parseListParams(
      new URLSearchParams(
        'page=0&pageSize=7&sort=victims&order=up&year=12&stage=lost&deadline=late&district=%20',
      ),
    );
    expect(parsed).toEqual({
      ...defaultRequest,
      year: undefined,
      district: undefined,
      stage: undefined,
      article: undefined,
      platform: undefined,
      deadline: undefined,
    });
    expect(caseListQuery.safeParse(toListQuery(parsed)).success).toBe(true);
  });

  it('gives no filters for export when nothing narrows the list', () => {
    expect(filtersOf(defaultRequest)).toBeUndefined();
    expect(filtersOf({ ...defaultRequest, page: 4, platform: 'VK' })).toEqual({ platform: 'VK' });
  });
});
