import { describe, expect, it } from 'vitest';
import { fieldsAt } from './issue-fields';

describe('putting a backend issue on its field', () => {
  it('takes the input’s own path, the record’s path and a bare rule path alike', () => {
    const event = fieldsAt(['on', 'until'] as const, 'event', 'periods\\[\\d+\\]\\.events\\[\\d+\\]');
    expect(event('event.until')).toBe('until');
    expect(event('periods[0].events[3].on')).toBe('on');
    expect(event('until')).toBe('until');
    expect(event('periods[0].end')).toBeUndefined();
    expect(event('event.type')).toBeUndefined();
  });

  it('does not reach into another part of the record', () => {
    const period = fieldsAt(['start', 'end'] as const, 'period', 'periods\\[\\d+\\]');
    expect(period('periods[1].end')).toBe('end');
    expect(period('periods[1].events[0].on')).toBeUndefined();
  });
});
