import { describe, expect, it } from 'vitest';
import { iinDisagreement, iinOrNull, iinPrefill } from './defendant-iin';

const IIN = '880120300123'; // 1988-01-20, male
const empty = { birthDate: null, sex: undefined };

describe('the defendant form’s IIN', () => {
  it('keeps the digits only, and an empty box is no IIN', () => {
    expect(iinOrNull(' 880120 300123 ')).toBe(IIN);
    expect(iinOrNull('   ')).toBeNull();
    expect(iinOrNull(undefined)).toBeNull();
  });

  it('fills in the birth date and sex while the birth date is empty', () => {
    expect(iinPrefill(IIN, empty)).toEqual({ birthDate: '1988-01-20', sex: 'M' });
    expect(iinPrefill(IIN, { birthDate: null, sex: 'F' })).toEqual({ birthDate: '1988-01-20' });
    expect(iinPrefill(IIN, { birthDate: '1990-01-01', sex: undefined })).toBeNull();
    expect(iinPrefill('880120300124', empty)).toBeNull();
    expect(iinPrefill('88012030012', empty)).toBeNull();
  });

  it('names a birth date or sex the IIN contradicts', () => {
    expect(iinDisagreement(IIN, { birthDate: '1988-01-21', sex: 'M' })).toEqual({
      key: 'errors.iin.birthDateMismatch',
      params: { date: '1988-01-20' },
    });
    expect(iinDisagreement(IIN, { birthDate: '1988-01-20', sex: 'F' })).toEqual({
      key: 'errors.iin.sexMismatch',
    });
    expect(iinDisagreement(IIN, { birthDate: '1988-01-20', sex: 'M' })).toBeNull();
    expect(iinDisagreement(IIN, empty)).toBeNull();
    // A malformed IIN is the field's own error, not a disagreement.
    expect(iinDisagreement('880120300124', { birthDate: '1990-01-01', sex: 'F' })).toBeNull();
  });
});
