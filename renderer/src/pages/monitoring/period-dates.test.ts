import { describe, expect, it } from 'vitest';
import type { PeriodStatus } from '../../../../shared/domain/monitoring-api';
import { defaultEventDay, newestFirst, periodState } from './period-dates';

const status = (active: boolean): PeriodStatus => ({
  active,
  nextDue: null,
  overdue: [],
  expected: 0,
  attended: 0,
  early: 0,
  endingSoon: false,
});

describe('a period’s dates on screen', () => {
  it('tells a period in force, not yet started or ended', () => {
    expect(periodState({ start: '2024-01-01' }, status(true), '2024-06-01')).toBe('inForce');
    expect(periodState({ start: '2024-07-01' }, status(false), '2024-06-01')).toBe('upcoming');
    expect(periodState({ start: '2024-01-01' }, status(false), '2024-06-01')).toBe('ended');
  });

  it('starts an event form on a day inside the period', () => {
    const period = { start: '2024-01-01', end: '2024-03-31' };
    expect(defaultEventDay(period, '2024-02-10')).toBe('2024-02-10');
    expect(defaultEventDay(period, '2024-06-01')).toBe('2024-03-31');
    expect(defaultEventDay(period, '2023-12-01')).toBe('2024-01-01');
    expect(defaultEventDay({ start: '2024-01-01', end: null }, '2030-01-01')).toBe('2030-01-01');
  });

  it('lists the latest period first, keeping each one’s place in the record', () => {
    const order = newestFirst([{ start: '2022-01-01' }, { start: '2024-01-01' }, { start: '2023-01-01' }]);
    expect(order.map((p) => p.index)).toEqual([1, 2, 0]);
  });
});
