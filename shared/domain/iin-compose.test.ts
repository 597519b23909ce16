import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkIin } from './iin';
import { composeIin } from './iin-compose';

const birthDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('composeIin', () => {
  it('gives the worked example of iin.test.ts', () => {
    expect(composeIin('1988-01-20', 'M', 12)).toBe('880120300123');
    expect(composeIin('2004-02-29', 'F', 1)).toBe('040229600011');
  });

  it('gives an IIN that passes every check and encodes the birth date and sex, or null when none is issued', () => {
    fc.assert(
      fc.property(
        birthDate,
        fc.constantFrom('M' as const, 'F' as const),
        fc.nat(9999),
        (date, sex, serial) => {
          const iin = composeIin(date, sex, serial);
          if (iin === null) return;
          expect(checkIin(iin)).toEqual({ ok: true, facts: { birthDate: date, sex } });
        },
      ),
    );
  });

  it('refuses a serial that does not fit in four digits', () => {
    expect(() => composeIin('1988-01-20', 'M', 10_000)).toThrow(RangeError);
  });
});
