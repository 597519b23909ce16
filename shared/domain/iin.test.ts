import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkIin, iinCheckDigit } from './iin';

describe('IIN', () => {
  it('accepts numbers whose check digit is right, and reads the birth date and sex from them', () => {
    // 880120 3 0012 ?: 8·1+8·2+0·3+1·4+2·5+0·6+3·7+0·8+0·9+1·10+2·11 = 91; 91 mod 11 = 3
    expect(checkIin('880120300123')).toEqual({ ok: true, facts: { birthDate: '1988-01-20', sex: 'M' } });
    // 020229 6 0001 ?: 0+4+0+8+10+54+42+0+0+0+11 = 129; 129 mod 11 = 8 (29 February 2002 does not exist)
    expect(checkIin('020229600018')).toEqual({ ok: false, problem: 'birthDate' });
    // 040229 6 0001 ?: 0+8+0+8+10+54+42+0+0+0+11 = 133; 133 mod 11 = 1 — a leap day, a woman born in 2004
    expect(checkIin('040229600011')).toEqual({ ok: true, facts: { birthDate: '2004-02-29', sex: 'F' } });
  });

  it('uses the second pass when the first gives 10', () => {
    // 840120 3 0080: first pass 8+8+0+4+10+0+21+0+0+80+0 = 131, 131 mod 11 = 10 → second pass with
    // weights 3…11,1,2: 24+16+0+6+14+0+27+0+0+8+0 = 95, 95 mod 11 = 7
    expect(iinCheckDigit('84012030080')).toBe(7);
    expect(checkIin('840120300807')).toEqual({ ok: true, facts: { birthDate: '1984-01-20', sex: 'M' } });
    // The first pass's 10 is never a digit: the same number ending in 0 is refused.
    expect(checkIin('840120300800')).toEqual({ ok: false, problem: 'checkDigit' });
  });

  it('refuses an IIN that no office can issue (both passes give 10)', () => {
    // Search the serials of one birth date for first-11 digits where both passes give 10.
    const unissuable = Array.from({ length: 10_000 }, (_, n) => `8401203${String(n).padStart(4, '0')}`).find(
      (first11) => iinCheckDigit(first11) === null,
    );
    expect(unissuable).toBeDefined();
    for (let digit = 0; digit <= 9; digit += 1)
      expect(checkIin(`${unissuable!}${digit}`)).toEqual({ ok: false, problem: 'unissuable' });
  });

  it('names the part that is wrong', () => {
    expect(checkIin('88012030012')).toEqual({ ok: false, problem: 'format' });
    expect(checkIin('88012030012a')).toEqual({ ok: false, problem: 'format' });
    expect(checkIin(' 880120300123')).toEqual({ ok: false, problem: 'format' });
    expect(checkIin('880120700123')).toEqual({ ok: false, problem: 'century' });
    expect(checkIin('880120000123')).toEqual({ ok: false, problem: 'century' });
    expect(checkIin('881320300123')).toEqual({ ok: false, problem: 'birthDate' });
    expect(checkIin('880120300122')).toEqual({ ok: false, problem: 'checkDigit' });
  });

  it('accepts exactly one last digit for any issuable first eleven', () => {
    const first11 = fc
      .tuple(
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
      )
      .chain(([yy, mm, dd]) =>
        fc
          .tuple(fc.constantFrom('3', '4', '5', '6'), fc.integer({ min: 0, max: 9999 }))
          .map(
            ([c, serial]) =>
              `${[yy, mm, dd].map((n) => String(n).padStart(2, '0')).join('')}${c}${String(serial).padStart(4, '0')}`,
          ),
      );
    fc.assert(
      fc.property(first11, (digits) => {
        const accepted = [...'0123456789'].filter((last) => checkIin(digits + last).ok);
        const check = iinCheckDigit(digits);
        expect(accepted).toEqual(check === null ? [] : [String(check)]);
      }),
    );
  });
});
