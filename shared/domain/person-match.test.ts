import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparableName, matchPersons } from './person-match';

const register = [
  { id: 1, iin: '880120300123', fullName: 'Ахметов Ерлан Серикович', birthDate: '1988-01-20' },
  { id: 2, iin: null, fullName: 'Иванов Пётр Сергеевич', birthDate: '1990-05-01' },
  { id: 3, iin: '840120300807', fullName: 'Жұмабаев Асқар', birthDate: '1984-01-20' },
];
const ids = (defendant: Parameters<typeof matchPersons>[0]) =>
  matchPersons(defendant, register).map((m) => [m.person.id, m.basis]);

describe('matching a defendant to the monitoring register', () => {
  it('links by IIN whatever the name says', () => {
    expect(ids({ iin: '880120300123', fullName: 'Другое Имя', birthDate: null })).toEqual([[1, 'iin']]);
  });

  it('suggests a match by full name and birth date, as people type names', () => {
    expect(ids({ fullName: '  иванов  петр   сергеевич ', birthDate: '1990-05-01' })).toEqual([
      [2, 'nameAndBirthDate'],
    ]);
    expect(ids({ fullName: 'ЖҰМАБАЕВ АСҚАР', birthDate: '1984-01-20' })).toEqual([[3, 'nameAndBirthDate']]);
  });

  it('does not match a namesake with another birth date, another IIN, or a name alone', () => {
    expect(ids({ fullName: 'Иванов Пётр Сергеевич', birthDate: '1990-05-02' })).toEqual([]);
    expect(
      ids({ iin: '040229600011', fullName: 'Ахметов Ерлан Серикович', birthDate: '1988-01-20' }),
    ).toEqual([]);
    expect(ids({ fullName: 'Иванов Пётр Сергеевич', birthDate: null })).toEqual([]);
    expect(ids({ fullName: null, birthDate: '1990-05-01' })).toEqual([]);
    // Kazakh letters are letters of their own: Асқар is not Аскар.
    expect(ids({ fullName: 'Жумабаев Аскар', birthDate: '1984-01-20' })).toEqual([]);
  });

  it('compares names without case, spacing or ё mattering', () => {
    fc.assert(
      fc.property(fc.constantFrom(...register.map((p) => p.fullName)), fc.boolean(), (name, upper) => {
        const typed = ` ${(upper ? name.toUpperCase() : name).replace(/ /g, '   ').replace(/ё/g, 'е')} `;
        expect(comparableName(typed)).toBe(comparableName(name));
      }),
    );
  });
});
