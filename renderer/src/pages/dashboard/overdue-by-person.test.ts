import { describe, expect, it } from 'vitest';
import { oldestPerPerson } from './overdue-by-person';

const checkIn = (id: number, due: string, period = 0) => ({
  person: { id, personId: `M-00000${id}`, fullName: `Person ${id}` },
  period,
  due,
});

describe('overdue check-ins on the dashboard', () => {
  it('name each person once, at the oldest check-in they missed, oldest first', () => {
    const items = [
      checkIn(2, '2024-09-30'),
      checkIn(1, '2024-10-31'),
      checkIn(2, '2024-10-31', 1),
      checkIn(2, '2024-11-30'),
      checkIn(1, '2024-11-30'),
    ];
    expect(oldestPerPerson(items)).toEqual([checkIn(2, '2024-09-30'), checkIn(1, '2024-10-31')]);
    expect(oldestPerPerson([])).toEqual([]);
  });
});
