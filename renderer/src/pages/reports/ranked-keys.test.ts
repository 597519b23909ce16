import { describe, expect, it } from 'vitest';
import { rankedKeys } from './ranked-keys';

describe('rankedKeys', () => {
  it('lists what anybody had, the most frequent first, ties in the given order', () => {
    const counts = { employed: 17, unemployed: 5, informal: 19, student: 5, pensioner: 0 };
    expect(rankedKeys(counts, ['employed', 'unemployed', 'informal', 'student', 'pensioner'])).toEqual([
      'informal',
      'employed',
      'unemployed',
      'student',
    ]);
  });
});
