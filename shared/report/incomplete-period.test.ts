import { describe, expect, it } from 'vitest';
import { incompleteAsOf } from './incomplete-period';

describe('a review counted before its last day', () => {
  const year2026 = { from: '2026-01-01', to: '2026-12-31' };

  it('gives the day counted while the year runs, and nothing once it is over', () => {
    expect(incompleteAsOf(year2026, '2026-12-06')).toBe('2026-12-06');
    expect(incompleteAsOf(year2026, '2026-12-31')).toBeNull();
    expect(incompleteAsOf(year2026, '2027-01-04')).toBeNull();
    expect(incompleteAsOf({ from: '2026-10-01', to: '2026-12-31' }, '2026-11-30')).toBe('2026-11-30');
  });

  it('says nothing when the data have no date (an empty trail)', () => {
    expect(incompleteAsOf(year2026, null)).toBeNull();
  });
});
