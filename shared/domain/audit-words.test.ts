import { describe, expect, it } from 'vitest';
import { translate } from '../i18n';
import type { FieldChange } from './audit-view';
import { changeText, entityText, type Wording } from './audit-words';

const wording = (language: 'ru' | 'kk' | 'en'): Wording => ({
  t: (key, params) => translate(language, key, params),
  language,
  date: (iso) => iso,
  number: String,
});

const added = (kind: string): FieldChange => ({
  field: 'history.field.damageKzt',
  part: { kind, position: 1, label: null },
  change: 'added',
  before: [],
  after: [{ kind: 'number', value: 5 }],
});

describe('a part added or removed, in words', () => {
  it('agrees in Russian with the part it follows', () => {
    const ru = wording('ru');
    expect(changeText(added('victim'), ru)).toBe('Потерпевший № 1, добавлен: Ущерб, тенге: 5');
    expect(changeText(added('conviction'), ru)).toBe('Судимость № 1, добавлена: Ущерб, тенге: 5');
    expect(changeText(added('event'), ru)).toBe('Событие № 1, добавлено: Ущерб, тенге: 5');
    const removed: FieldChange = {
      ...added('setting'),
      change: 'removed',
      before: [{ kind: 'number', value: 5 }],
      after: [],
    };
    expect(changeText(removed, ru)).toBe('Настройка, удалена: Ущерб, тенге: 5');
  });

  it('reads in Kazakh and English too', () => {
    expect(changeText(added('victim'), wording('kk'))).toBe('№ 1 жәбірленуші, қосылды: Залал, теңге: 5');
    expect(changeText(added('victim'), wording('en'))).toBe('Victim 1, added: Damage, tenge: 5');
  });
});

describe('what an audit entry is about, in words', () => {
  const setting = (key: string) => ({ entityType: 'setting', entityId: key, entityLabel: key });

  it('names a setting by what it sets, never by its storage key', () => {
    expect(entityText(setting('ui.language'), wording('kk'))).toBe('Баптау: Интерфейс тілі');
    expect(entityText(setting('ui.language'), wording('ru'))).toBe('Настройка: Язык интерфейса');
    expect(entityText(setting('report.kk.signatoryName'), wording('en'))).toBe(
      'Setting: Signatory’s name (Kazakh text)',
    );
  });

  it('names other entries by their type and label', () => {
    const entry = { entityType: 'case', entityId: '7', entityLabel: '245100031000123' };
    expect(entityText(entry, wording('ru'))).toBe('Дело 245100031000123');
  });

  it('reads an imported reference code as words, and leaves a registry number as it is', () => {
    const tactic = { entityType: 'tactic', entityId: '12', entityLabel: 'data-leak' };
    expect(entityText(tactic, wording('ru'))).toBe('Способ Data leak');
    const district = { entityType: 'district', entityId: '3', entityLabel: 'Yesil' };
    expect(entityText(district, wording('en'))).toBe('District Yesil');
    const numbered = { entityType: 'case', entityId: '9', entityLabel: '245100031000-12' };
    expect(entityText(numbered, wording('ru'))).toBe('Дело 245100031000-12');
  });

  it('names a reference value by its label in the words’ language, its name where it has none', () => {
    const tactic = {
      entityType: 'tactic',
      entityId: '4',
      entityLabel: 'Intimate images',
      entityLabels: { ru: 'Интимные изображения', kk: 'Интимдік суреттер', en: null },
    };
    expect(entityText(tactic, wording('ru'))).toBe('Способ Интимные изображения');
    expect(entityText(tactic, wording('kk'))).toBe('Тәсіл Интимдік суреттер');
    expect(entityText(tactic, wording('en'))).toBe('Tactic Intimate images');
  });
});
