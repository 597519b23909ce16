import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../shared/i18n';
import { conflictsTitle, doneText, startText } from './import-words';

const ru = createI18n('ru').t;
const kk = createI18n('kk').t;
const en = createI18n('en').t;

describe('the Import screen’s counts', () => {
  it('name cases and register persons each as what they are, in the preview’s button', () => {
    expect(startText(ru, { cases: 0, persons: 30 })).toBe('Импортировать 30 лиц из реестра');
    expect(startText(ru, { cases: 3, persons: 0 })).toBe('Импортировать 3 дела');
    expect(startText(ru, { cases: 1, persons: 1 })).toBe('Импортировать 1 дело и 1 лицо из реестра');
    expect(startText(ru, { cases: 5, persons: 2 })).toBe('Импортировать 5 дел и 2 лица из реестра');
    expect(startText(kk, { cases: 3, persons: 30 })).toBe('3 істі және тізілімдегі 30 адамды импорттау');
    expect(startText(en, { cases: 0, persons: 1 })).toBe('Import 1 register person');
    expect(startText(en, { cases: 2, persons: 30 })).toBe('Import 2 cases and 30 register persons');
  });

  it('say which of the file’s cases and persons the database has already', () => {
    expect(conflictsTitle(ru, { cases: 0, persons: 30 })).toBe('Из файла уже есть в базе: 30 лиц из реестра');
    expect(conflictsTitle(ru, { cases: 1, persons: 0 })).toBe('Из файла уже есть в базе: 1 дело');
    expect(conflictsTitle(en, { cases: 1, persons: 0 })).toBe(
      '1 case of the file is already in the database',
    );
    expect(conflictsTitle(en, { cases: 1, persons: 2 })).toBe(
      '1 case and 2 register persons of the file are already in the database',
    );
    expect(conflictsTitle(kk, { cases: 0, persons: 2 })).toBe(
      'Файлдағы тізілімдегі 2 адам дерекқорда бұрыннан бар',
    );
  });

  it('tell what the import processed, and nothing as no cases', () => {
    expect(doneText(ru, 'import-good.json', { cases: 0, persons: 30 })).toBe(
      'import-good.json: обработано 30 лиц из реестра',
    );
    expect(doneText(ru, 'f.json', { cases: 0, persons: 0 })).toBe('f.json: обработано 0 дел');
    expect(doneText(en, 'f.json', { cases: 3, persons: 1 })).toBe(
      'f.json: 3 cases and 1 register person processed',
    );
  });
});
