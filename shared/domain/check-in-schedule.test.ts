import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../dates';
import { checkInStatus, dueDatesUntil, monthDueDates } from './check-in-schedule';
import { addDays } from './pipeline';

const anyDay = fc.integer({ min: 0, max: 365 * 12 }).map((n) => addDays('2018-01-01', n));
const perMonth = fc.integer({ min: 1, max: 8 });

describe('check-in due dates', () => {
  it('fall on each month’s own days: end of month, mid-month, leap years', () => {
    expect(monthDueDates('2024-02', 1)).toEqual(['2024-02-29']);
    expect(monthDueDates('2023-02', 1)).toEqual(['2023-02-28']);
    expect(monthDueDates('2024-02', 2)).toEqual(['2024-02-15', '2024-02-29']);
    expect(monthDueDates('2023-02', 2)).toEqual(['2023-02-14', '2023-02-28']);
    expect(monthDueDates('2024-01', 4)).toEqual(['2024-01-08', '2024-01-16', '2024-01-24', '2024-01-31']);
    expect(dueDatesUntil({ start: '2024-01-31', end: null, perMonth: 1 }, '2024-05-15')).toEqual([
      '2024-01-31',
      '2024-02-29',
      '2024-03-31',
      '2024-04-30',
    ]);
  });

  it('only count inside the period', () => {
    const plan = { start: '2024-03-20', end: '2024-05-10', perMonth: 2 };
    expect(dueDatesUntil(plan, '2025-01-01')).toEqual(['2024-03-31', '2024-04-15', '2024-04-30']);
    expect(dueDatesUntil({ ...plan, perMonth: 0 }, '2025-01-01')).toEqual([]);
  });

  it('for any month and frequency: N real dates, increasing, the last on the month’s last day', () => {
    fc.assert(
      fc.property(anyDay, perMonth, (day, n) => {
        const dates = monthDueDates(day.slice(0, 7), n);
        expect(dates).toHaveLength(n);
        for (const date of dates) expect(isIsoDate(date)).toBe(true);
        for (let i = 1; i < n; i += 1) expect(dates[i]! > dates[i - 1]!).toBe(true);
        expect(addDays(dates.at(-1)!, 1).slice(8)).toBe('01');
      }),
    );
  });

  it('for any period: inside it, in order, N in every whole month', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 800 }), perMonth, (start, length, n) => {
        const end = addDays(start, length);
        const dates = dueDatesUntil({ start, end, perMonth: n }, '2099-12-31');
        expect([...dates].sort()).toEqual(dates);
        for (const date of dates) expect(date >= start && date <= end).toBe(true);
        const byMonth = new Map<string, number>();
        for (const date of dates) byMonth.set(date.slice(0, 7), (byMonth.get(date.slice(0, 7)) ?? 0) + 1);
        for (const [month, count] of byMonth)
          if (month > start.slice(0, 7) && month < end.slice(0, 7)) expect(count).toBe(n);
      }),
    );
  });
});

describe('check-in status', () => {
  const monthly = { start: '2024-01-10', end: '2024-12-31', perMonth: 1 };

  it('one attended, one lapsed: the lapsed one is overdue and the next is due at the month’s end', () => {
    const status = checkInStatus(monthly, ['2024-01-25'], '2024-03-05');
    expect(status).toEqual({
      nextDue: '2024-03-31',
      overdue: ['2024-02-29'],
      expected: 2,
      attended: 1,
      early: 0,
    });
  });

  it('a late attendance in the same month clears that month; nothing is due after the period', () => {
    expect(checkInStatus(monthly, ['2024-01-25', '2024-02-29'], '2024-03-05').overdue).toEqual([]);
    expect(checkInStatus(monthly, [], '2025-02-01')).toMatchObject({
      nextDue: null,
      expected: 12,
      attended: 0,
    });
  });

  it('a check-in attended before its due date counts at once: attended, and due so far', () => {
    expect(checkInStatus(monthly, ['2024-03-05'], '2024-03-05')).toEqual({
      nextDue: '2024-04-30',
      overdue: ['2024-01-31', '2024-02-29'],
      expected: 3,
      attended: 1,
      early: 1,
    });
  });

  it('someone who reports every month as required is never overdue', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 800 }), perMonth, anyDay, (start, length, n, asOf) => {
        const plan = { start, end: addDays(start, length), perMonth: n };
        const attendances = dueDatesUntil(plan, '2099-12-31');
        const status = checkInStatus(plan, attendances, asOf);
        expect(status.overdue).toEqual([]);
        expect(status.attended).toBe(status.expected);
        if (status.nextDue !== null) expect(status.nextDue >= asOf).toBe(true);
      }),
    );
  });

  it('never counts more attended than expected, nor overdue beyond what was missed', () => {
    fc.assert(
      fc.property(anyDay, perMonth, fc.array(anyDay, { maxLength: 30 }), anyDay, (start, n, days, asOf) => {
        const status = checkInStatus({ start, end: null, perMonth: n }, days, asOf);
        expect(status.attended).toBeLessThanOrEqual(status.expected);
        expect(status.overdue.length + status.attended).toBeLessThanOrEqual(status.expected);
        // The early ones are attended, and all that is counted beyond the days due by asOf.
        expect(status.early).toBeLessThanOrEqual(status.attended);
        expect(status.expected - status.early).toBe(
          dueDatesUntil({ start, end: null, perMonth: n }, asOf).length,
        );
      }),
    );
  });
});
