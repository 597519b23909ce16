import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { formValuesKey } from './form-values-key';

describe('formValuesKey', () => {
  it('gives two renders of "today" one key, however many milliseconds apart', () => {
    const first = { on: dayjs('2026-12-05T02:40:00.001'), reason: 'x' };
    const second = { on: dayjs('2026-12-05T23:59:59.999'), reason: 'x' };
    expect(formValuesKey(first)).toBe(formValuesKey(second));
    expect(formValuesKey(first)).toBe('{"on":"2026-12-05","reason":"x"}');
  });

  it('tells another day or another value apart', () => {
    const base = formValuesKey({ on: dayjs('2026-12-05'), part: '1' });
    expect(formValuesKey({ on: dayjs('2026-12-04'), part: '1' })).not.toBe(base);
    expect(formValuesKey({ on: dayjs('2026-12-05'), part: '2' })).not.toBe(base);
  });

  it('reads dates nested in lists and an absent record alike', () => {
    expect(formValuesKey({ periods: [{ from: dayjs('2025-01-31T10:00') }] })).toBe(
      '{"periods":[{"from":"2025-01-31"}]}',
    );
    expect(formValuesKey(undefined)).toBe('{}');
  });
});
