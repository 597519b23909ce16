import { afterAll, describe, expect, it, vi } from 'vitest';

// i18n.ts names the page's language and title on the document; a stand-in is enough here.
vi.stubGlobal('document', { documentElement: { lang: '' }, title: '' });
const { i18n } = await import('./i18n');
const { antdLocale } = await import('./language-packs');
// The worker runs other files after this one (vitest.config.ts: isolate: false).
afterAll(() => vi.unstubAllGlobals());

describe('UI languages loaded when first chosen', () => {
  it('start in Russian, with antd in Russian', () => {
    expect(i18n.t('app.loading')).toBe('Загрузка…');
    expect(antdLocale('ru').locale).toBe('ru');
  });

  it('fetch a language when first chosen, keeping the old one on screen until the new one is complete', async () => {
    const switching = i18n.changeLanguage('kk');
    expect(i18n.t('app.loading')).toBe('Загрузка…');
    await switching;
    expect(i18n.t('app.loading')).toBe('Жүктелуде…');
    expect(antdLocale('kk').locale).toBe('kk');
    expect(document.documentElement.lang).toBe('kk');

    await i18n.changeLanguage('en');
    expect(i18n.t('app.loading')).toBe('Loading…');
    expect(antdLocale('en').locale).toBe('en');
    expect(document.title).toBe('Nadzor');
  });
});
