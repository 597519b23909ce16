import { describe, expect, it } from 'vitest';
import { userTimeFormat } from './user-format';

describe('user times', () => {
  // Built from local parts, so the test holds in any time zone.
  const at = new Date(2026, 2, 2, 14, 5).toISOString();

  it('writes a date and a 24-hour time in the UI language', () => {
    expect(userTimeFormat('ru').dateTime(at)).toBe('02.03.2026, 14:05');
    expect(userTimeFormat('kk').dateTime(at)).toBe('02.03.2026, 14:05');
    expect(userTimeFormat('en').dateTime(at)).toBe('02/03/2026, 14:05');
    expect(userTimeFormat('en').date(at)).toBe('02/03/2026');
    expect(userTimeFormat('ru').time(at)).toBe('14:05');
  });
});
