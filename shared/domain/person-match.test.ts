import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparableName } from './person-match';

const register = ['Ахметов Ерлан Серикович', 'Иванов Пётр Сергеевич', 'Жұмабаев Асқар'];

describe('the name key a defendant is matched to the monitoring register by', () => {
  it('keeps Kazakh letters as letters of their own: Асқар is not Аскар', () => {
    expect(comparableName('Жумабаев Аскар')).not.toBe(comparableName('Жұмабаев Асқар'));
  });

  it('compares names without case, spacing or ё mattering', () => {
    fc.assert(
      fc.property(fc.constantFrom(...register), fc.boolean(), (name, upper) => {
        const typed = ` ${(upper ? name.toUpperCase() : name).replace(/ /g, '   ').replace(/ё/g, 'е')} `;
        expect(comparableName(typed)).toBe(comparableName(name));
      }),
    );
  });
});
