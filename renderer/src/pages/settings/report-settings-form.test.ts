import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { ReportSettings, ReportTexts } from '../../../../shared/domain/report';
import {
  fieldOfIssue,
  languageOfField,
  sameSettings,
  toFormValues,
  toSettings,
} from './report-settings-form';

const texts = (office: string): ReportTexts => ({
  office,
  department: 'd',
  city: 'c',
  signatoryTitle: 't',
  signatoryName: 'n',
  legalFramework: 'l',
  prevention: 'p',
  adviceToVictims: 'a',
});
const saved: ReportSettings = {
  issueDate: null,
  texts: { ru: texts('ru'), kk: texts('kk'), en: texts('en') },
};

describe('report settings form', () => {
  it('puts API issues on their field and tab', () => {
    expect(fieldOfIssue('texts.kk.office')).toEqual(['texts', 'kk', 'office']);
    expect(fieldOfIssue('issueDate')).toEqual(['issueDate']);
    expect(fieldOfIssue('texts.kk.unknown')).toBeNull();
    expect(fieldOfIssue('texts.de.office')).toBeNull();
    expect(languageOfField(['texts', 'en', 'city'])).toBe('en');
    expect(languageOfField(['issueDate'])).toBeNull();
  });

  it('sends the date as ISO and fills what the form does not hold yet from the saved values', () => {
    const values = { issueDate: dayjs('2025-02-15'), texts: { kk: { office: 'new' } } } as never;
    const next = toSettings(values, saved);
    expect(next.issueDate).toBe('2025-02-15');
    expect(next.texts.kk.office).toBe('new');
    expect(next.texts.ru).toEqual(saved.texts.ru);
    expect(sameSettings(next, saved)).toBe(false);
    expect(sameSettings(toSettings(toFormValues(saved), saved), saved)).toBe(true);
  });
});
