import { describe, expect, it } from 'vitest';
import { openSignedIn } from '../test-api';
import { openSqliteStore } from '../../db/sqlite/store';
import { tempDbPath } from '../../db/test-support';
import type { ReportSettings } from '../../shared/domain/report';
import { loadReportSettings, reportTextKey, saveReportSettings, ISSUE_DATE_KEY } from './report-settings';

const withTexts = (
  settings: ReportSettings,
  changes: Partial<Record<keyof ReportSettings['texts'], Record<string, string>>>,
): ReportSettings => ({
  ...settings,
  texts: {
    ru: { ...settings.texts.ru, ...changes.ru },
    kk: { ...settings.texts.kk, ...changes.kk },
    en: { ...settings.texts.en, ...changes.en },
  },
});

describe('report settings', () => {
  it('read as the defaults of each language until saved', async () => {
    const store = openSqliteStore(tempDbPath());
    const settings = await store.read(loadReportSettings);
    expect(settings.issueDate).toBeNull();
    expect(settings.texts.ru.office).toBe('Прокуратура города Астаны');
    expect(settings.texts.kk.office).toBe('Астана қаласының прокуратурасы');
    expect(settings.texts.en.office).toBe('Prosecutor’s Office of Astana');
    // The general legal text names no article: a review's subject adds its own articles' texts.
    expect(settings.texts.en.legalFramework).toContain('Code of Criminal Procedure');
    expect(settings.texts.ru.legalFramework).toContain('Уголовно-процессуального кодекса');
    expect(settings.texts.kk.legalFramework).toContain('Қылмыстық-процестік кодекс');
    for (const language of ['ru', 'kk', 'en'] as const)
      expect(settings.texts[language].legalFramework).not.toContain('194');
    // Prevention and advice speak of no crime in particular: a review of every case prints them too.
    const crimes = /вымогат|қорқытып|extort|мошенн|алаяқ|fraud|194/i;
    for (const language of ['ru', 'kk', 'en'] as const)
      for (const block of ['prevention', 'adviceToVictims'] as const)
        expect(settings.texts[language][block], `${language}.${block}`).not.toMatch(crimes);
    // Paragraphs are separated by blank lines, which the PDF builder splits on.
    for (const language of ['ru', 'kk', 'en'] as const)
      for (const block of ['prevention', 'adviceToVictims'] as const)
        expect(settings.texts[language][block].split('\n\n').length, `${language}.${block}`).toBeGreaterThan(
          1,
        );
    expect(await store.read((r) => r.audit.count())).toBe(0);
    await store.close();
  });

  it('saves only what changed, one audit entry per changed setting', async () => {
    const store = openSqliteStore(tempDbPath());
    const defaults = await store.read(loadReportSettings);
    const next = {
      ...withTexts(defaults, {
        kk: { office: 'Астана қаласы прокуратурасының басқармасы' },
        en: { adviceToVictims: 'Call 102.' },
      }),
      issueDate: '2025-02-15',
    };
    await store.write('ui:anna', (tx) => saveReportSettings(tx, next));

    expect(await store.read((r) => r.audit.count())).toBe(3);
    const office = await store.read((r) => r.audit.forEntity('setting', reportTextKey('kk', 'office')));
    expect(office).toMatchObject([
      {
        action: 'settings.report',
        actor: 'ui:anna',
        before: null,
        after: { key: 'report.kk.office', value: 'Астана қаласы прокуратурасының басқармасы' },
      },
    ]);
    // A field left at its default is not written, so it follows the default if the wording improves.
    expect(await store.read((r) => r.settings.get(reportTextKey('ru', 'office')))).toBeNull();
    expect(await store.read(loadReportSettings)).toEqual(next);

    // Saving the same again changes nothing and adds nothing to the trail.
    await store.write('ui:anna', (tx) => saveReportSettings(tx, next));
    expect(await store.read((r) => r.audit.count())).toBe(3);
    await store.close();
  });

  it('clears the date of issue, which then reads as none', async () => {
    const store = openSqliteStore(tempDbPath());
    const defaults = await store.read(loadReportSettings);
    await store.write('ui:anna', (tx) => saveReportSettings(tx, { ...defaults, issueDate: '2025-02-15' }));
    await store.write('ui:anna', (tx) => saveReportSettings(tx, { ...defaults, issueDate: null }));

    expect((await store.read(loadReportSettings)).issueDate).toBeNull();
    const trail = await store.read((r) => r.audit.forEntity('setting', ISSUE_DATE_KEY));
    expect(trail.map((entry) => entry.after)).toEqual([{ key: ISSUE_DATE_KEY, value: '2025-02-15' }, null]);
    await store.close();
  });

  it('forgets a text set back to its default, so it follows the default wording again', async () => {
    const store = openSqliteStore(tempDbPath());
    const defaults = await store.read(loadReportSettings);
    const custom = { ...defaults.texts.kk, office: 'Басқа прокуратура' };
    await store.write('ui:anna', (tx) =>
      saveReportSettings(tx, { ...defaults, texts: { ...defaults.texts, kk: custom } }),
    );
    const key = reportTextKey('kk', 'office');
    expect(await store.read((r) => r.settings.get(key))).toBe('Басқа прокуратура');

    await store.write('ui:anna', (tx) => saveReportSettings(tx, defaults));
    expect(await store.read((r) => r.settings.get(key))).toBeNull();
    expect((await store.read(loadReportSettings)).texts.kk.office).toBe(defaults.texts.kk.office);
    await store.close();
  });

  it('refuses an over-long text at its field through the API, and writes nothing', async () => {
    const path = tempDbPath();
    const backend = await openSignedIn({ dbPath: path, transport: 'http' });
    const store = openSqliteStore(path);
    const call = (method: string, input: unknown) => backend.dispatch(method, input, { language: 'en' });
    const current = await call('reports.settings', {});
    if (!current.ok) throw new Error(JSON.stringify(current));
    const defaults = current.value as ReportSettings;
    const trailBefore = await store.read((r) => r.audit.count());

    // A valid change in the same request must not be saved either.
    const result = await call(
      'reports.saveSettings',
      withTexts(defaults, { ru: { city: 'Нур-Султан' }, kk: { office: 'x'.repeat(301) } }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        issues: [
          {
            path: 'texts.kk.office',
            key: 'errors.tooLong',
            params: { maximum: 300 },
            message: 'Too long (at most 300 characters)',
          },
        ],
      },
    });
    expect(await store.read((r) => r.audit.count())).toBe(trailBefore);
    expect(await store.read(loadReportSettings)).toEqual(defaults);
    await backend.close();
    await store.close();
  });
});
