import { describe, expect, it } from 'vitest';
import { translate } from './index';

// ru and kk group digits with a no-break space (shared/format.ts).
const NBSP = '\u00a0';

describe('a count in a translated string', () => {
  it('is grouped as every other figure, in each language', () => {
    expect(translate('ru', 'dashboard.overdueBy', { count: 1586 })).toBe(`просрочено на 1${NBSP}586 дней`);
    expect(translate('kk', 'dashboard.overdueBy', { count: 1586 })).toBe(`1${NBSP}586 күнге кешіктірілді`);
    expect(translate('en', 'dashboard.overdueBy', { count: 1586 })).toBe('1,586 days overdue');
  });

  it('still picks the plural form by the count', () => {
    expect(translate('ru', 'dashboard.overdueBy', { count: 1 })).toBe('просрочено на 1 день');
    expect(translate('ru', 'dashboard.overdueBy', { count: 1322 })).toBe(`просрочено на 1${NBSP}322 дня`);
    expect(translate('en', 'dashboard.overdueBy', { count: 1 })).toBe('1 day overdue');
  });

  it('keeps a count its caller wrote already', () => {
    expect(translate('en', 'audit.export.tooManyPdf', { count: '5,001', limit: '5,000' })).toBe(
      'The filtered trail has 5,001 entries; a PDF holds at most 5,000. Narrow the filters or export CSV.',
    );
  });
});
