import { describe, expect, it } from 'vitest';
import { parseRegisterParams, registerPath, toRegisterParams } from './register-query';

describe('the register list query in the URL', () => {
  it('round-trips search, filter and page, and leaves defaults out of links', () => {
    const request = { search: 'Аманов', filter: 'overdue' as const, page: 3 };
    expect(parseRegisterParams(toRegisterParams(request))).toEqual(request);
    expect(registerPath({ filter: 'all', page: 1, search: '' })).toBe('/monitoring');
    expect(registerPath({ filter: 'dueSoon' })).toBe('/monitoring?filter=dueSoon');
  });

  it('ignores values the backend would refuse', () => {
    expect(parseRegisterParams(new URLSearchParams('filter=late&page=0&search=%20%20'))).toEqual({
      search: '',
      filter: 'all',
      page: 1,
    });
    expect(parseRegisterParams(new URLSearchParams(`search=${'x'.repeat(201)}`)).search).toBe('');
  });
});
