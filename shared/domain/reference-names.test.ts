import { describe, expect, it } from 'vitest';
import { labelOf, needsNames, readableName, referenceKinds, takesNames } from './reference';

describe('a reference value without a label of its own', () => {
  it('reads an imported code as words, not as the raw code', () => {
    expect(readableName('online-romance')).toBe('Online romance');
    expect(readableName('intimate_images')).toBe('Intimate images');
    expect(labelOf({ name: 'online-romance', labels: { ru: null, kk: null, en: null } }, 'kk')).toBe(
      'Online romance',
    );
  });

  it('keeps names that are already words, and an own label always wins', () => {
    for (const name of ['Telegram', 'Есиль', 'WhatsApp', '194', 'Badoo'])
      expect(readableName(name)).toBe(name);
    expect(
      labelOf({ name: 'online-romance', labels: { ru: 'Онлайн-роман', kk: null, en: null } }, 'ru'),
    ).toBe('Онлайн-роман');
  });
});

describe('a value that needs names', () => {
  it('is one missing its name in any of the three languages', () => {
    expect(needsNames({ kind: 'tactic', labels: { ru: null, kk: null, en: null } })).toBe(true);
    expect(
      needsNames({ kind: 'tactic', labels: { ru: 'Онлайн-роман', kk: ' ', en: 'Online romance' } }),
    ).toBe(true);
    expect(
      needsNames({
        kind: 'tactic',
        labels: { ru: 'Онлайн-роман', kk: 'Онлайн-роман', en: 'Online romance' },
      }),
    ).toBe(false);
    expect(needsNames({ kind: 'district', labels: { ru: null, kk: null, en: null } })).toBe(true);
  });

  it('is never a platform: platforms go by their brand names (Telegram) in every language', () => {
    expect(needsNames({ kind: 'platform', labels: { ru: null, kk: null, en: null } })).toBe(false);
    expect(referenceKinds.filter(takesNames)).toEqual(['district', 'article', 'tactic']);
  });
});
