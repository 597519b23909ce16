import { describe, expect, it } from 'vitest';
import { formatsFor } from '../../../shared/format';
import { createI18n } from '../../../shared/i18n';
import { issueRows } from './issue-rows';

describe("an import file's problems as the table lists them", () => {
  it('write the dates in them as the UI writes dates, in every language', () => {
    const issues = [
      {
        path: 'monitoring[0].periods[0].events[0].on',
        key: 'errors.date.future',
        params: { date: '2026-12-06' },
        message: 'cannot be later than today (2026-12-06)',
      },
      {
        path: 'monitoring[1].iin',
        key: 'errors.iin.birthDateMismatch',
        params: { date: '1972-03-03' },
        message: 'the IIN gives 1972-03-03',
      },
      { path: 'cases[0].registryNumber', key: 'no.such.key', message: 'as the backend worded it' },
    ];
    expect(issueRows(issues, createI18n('ru'), formatsFor('ru').date)).toEqual([
      {
        key: 0,
        path: 'monitoring[0].periods[0].events[0].on',
        message: 'не может быть позже сегодняшнего дня (06.12.2026)',
      },
      { key: 1, path: 'monitoring[1].iin', message: 'по ИИН дата рождения 03.03.1972, а введена другая' },
      { key: 2, path: 'cases[0].registryNumber', message: 'as the backend worded it' },
    ]);
    expect(issueRows(issues.slice(0, 1), createI18n('en'), formatsFor('en').date)[0]!.message).toContain(
      '6 Dec 2026',
    );
  });
});
