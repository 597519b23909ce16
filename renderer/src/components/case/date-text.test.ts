import { describe, expect, it } from 'vitest';
import { readDateText } from './date-text';

const isoOf = (text: string, language: 'ru' | 'kk' | 'en') => {
  const read = readDateText(text, language);
  return read && 'date' in read ? read.date.format('YYYY-MM-DD') : read;
};

describe('a date field reads what was typed', () => {
  it('takes a date in the language’s format or as ISO', () => {
    expect(isoOf('15.03.2024', 'ru')).toBe('2024-03-15');
    expect(isoOf(' 29.02.2024 ', 'kk')).toBe('2024-02-29');
    expect(isoOf('2024-03-15', 'ru')).toBe('2024-03-15');
    expect(isoOf('15 Mar 2024', 'en')).toBe('2024-03-15');
    expect(isoOf('4 Mar 2024', 'en')).toBe('2024-03-04');
  });

  it('takes a day written without leading zeros, and the day-first dotted date in English too', () => {
    expect(isoOf('4.3.2024', 'ru')).toBe('2024-03-04');
    expect(isoOf('04.3.2024', 'kk')).toBe('2024-03-04');
    expect(isoOf('2024-3-4', 'ru')).toBe('2024-03-04');
    expect(isoOf('15.03.2024', 'en')).toBe('2024-03-15');
    expect(isoOf('4.3.2024', 'en')).toBe('2024-03-04');
    expect(isoOf('15 March 2024', 'en')).toBe('2024-03-15');
  });

  it('reads an empty box as no date', () => {
    expect(readDateText('', 'ru')).toBeNull();
    expect(readDateText('   ', 'en')).toBeNull();
  });

  it('calls an unfinished or unreadable text incomplete', () => {
    for (const text of ['12.0', '12.03', '12.03.20', '1203', 'abc', '12/03/2024', '2024-03'])
      expect(readDateText(text, 'ru'), text).toEqual({ problem: 'incomplete' });
    for (const text of ['15 Mar', '15 Xyz 2024', '12/03/2024', '15.03'])
      expect(readDateText(text, 'en'), text).toEqual({ problem: 'incomplete' });
  });

  it('calls a whole date the calendar does not have impossible', () => {
    for (const text of ['31.02.2024', '29.02.2023', '32.01.2024', '15.13.2024', '00.01.2024', '2024-02-30'])
      expect(readDateText(text, 'ru'), text).toEqual({ problem: 'impossible' });
    expect(readDateText('31 Feb 2024', 'en')).toEqual({ problem: 'impossible' });
    expect(readDateText('31.02.2024', 'en')).toEqual({ problem: 'impossible' });
  });
});
