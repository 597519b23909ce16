import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { iinError, iinPrefill, toIdentity } from './identity-form';

const IIN = '880120300123'; // 1988-01-20, male

describe('the identity form', () => {
  it('names the wrong part of an IIN as it is typed', () => {
    expect(iinError({ iin: '8801203001' })).toEqual({ key: 'errors.iin.format' });
    expect(iinError({ iin: '880120300124' })).toEqual({ key: 'errors.iin.checkDigit' });
    expect(iinError({ iin: '881320300123' })).toEqual({ key: 'errors.iin.birthDate' });
    expect(iinError({ iin: '' })).toBeNull();
    expect(iinError({ iin: IIN })).toBeNull();
  });

  it('refuses an IIN that disagrees with the birth date or sex entered', () => {
    expect(iinError({ iin: IIN, birthDate: dayjs('1988-01-21') })).toMatchObject({
      key: 'errors.iin.birthDateMismatch',
      params: { date: '1988-01-20' },
    });
    expect(iinError({ iin: IIN, sex: 'F' })).toMatchObject({ key: 'errors.iin.sexMismatch' });
  });

  it('fills in only what a valid IIN tells and is still empty', () => {
    const filled = iinPrefill({ iin: IIN });
    expect(filled.birthDate?.format('YYYY-MM-DD')).toBe('1988-01-20');
    expect(filled.sex).toBe('M');
    expect(iinPrefill({ iin: IIN, sex: 'F', birthDate: dayjs('1990-05-05') })).toEqual({});
    expect(iinPrefill({ iin: '880120300124' })).toEqual({});
  });

  it('sends names and numbers without stray spaces, and no register number when blank', () => {
    const identity = toIdentity({
      fullName: '  Аманов Ерлан ',
      iin: ` ${IIN} `,
      birthDate: dayjs('1988-01-20'),
      sex: 'M',
      personId: '  ',
      notes: '',
    });
    expect(identity).toEqual({
      fullName: 'Аманов Ерлан',
      iin: IIN,
      birthDate: '1988-01-20',
      sex: 'M',
      district: null,
      notes: null,
    });
  });
});
