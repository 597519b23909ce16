import { describe, expect, it } from 'vitest';
import type { PersonSummary } from '../../../../shared/domain/monitoring-api';
import { dueSoonPage, isDueSoon } from './due-soon';

const person = (id: number, fullName: string, nextDue: string | null): PersonSummary => ({
  id,
  personId: `M-${id}`,
  fullName,
  iin: null,
  birthDate: '1990-01-01',
  district: null,
  current: null,
  nextDue,
  overdue: 0,
  endingSoon: false,
  pendingMatches: 0,
  confirmedCases: 0,
});

describe('check-ins due within seven days', () => {
  it('counts today up to seven days ahead, as the overview does', () => {
    expect(isDueSoon('2024-12-01', '2024-12-01')).toBe(true);
    expect(isDueSoon('2024-12-08', '2024-12-01')).toBe(true);
    expect(isDueSoon('2024-12-09', '2024-12-01')).toBe(false);
    expect(isDueSoon(null, '2024-12-01')).toBe(false);
  });

  it('lists the persons soonest first and pages them', () => {
    const rows = [
      person(1, 'Борисов', '2024-12-07'),
      person(2, 'Аманов', '2024-12-03'),
      person(3, 'Ветров', '2024-12-31'),
      person(4, 'Абаев', '2024-12-07'),
    ];
    const page = dueSoonPage(rows, '2024-12-01', 1, 2);
    expect(page.total).toBe(3);
    expect(page.items.map((p) => p.fullName)).toEqual(['Аманов', 'Абаев']);
    expect(dueSoonPage(rows, '2024-12-01', 2, 2).items.map((p) => p.fullName)).toEqual(['Борисов']);
  });
});
