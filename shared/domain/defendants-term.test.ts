import { describe, expect, it } from 'vitest';
import type { Defendant } from './case-record';
import { addDefendantWord, defendantsTerm } from './defendants-term';
import { translate } from '../i18n';

const person = (convictedOn: string | null, acquittedOn: string | null = null): Defendant => ({
  personId: null,
  fullName: 'Аманов Е.',
  sex: 'M',
  birthDate: null,
  employment: null,
  priorConvictions: null,
  convictedOn,
  acquittedOn,
  sentence: null,
});

const heading = (forwardedToCourtOn: string | null, defendants: Defendant[]) =>
  translate('ru', `caseView.section.defendants.${defendantsTerm({ forwardedToCourtOn, defendants })}`);

describe("the case page's word for its defendants", () => {
  it('follows the stage: accused before court, defendants on trial, the convicted after conviction', () => {
    expect(heading(null, [person(null)])).toBe('Подозреваемые и обвиняемые');
    expect(heading(null, [])).toBe('Подозреваемые и обвиняемые');
    expect(heading('2024-03-01', [person(null)])).toBe('Подсудимые');
    expect(heading('2024-03-01', [person('2024-06-01'), person(null, '2024-06-01')])).toBe('Подсудимые');
    expect(heading('2024-03-01', [person('2024-06-01'), person('2024-06-02')])).toBe('Осуждённые');
  });

  it('adds a suspect or accused before court, and a defendant once the case is there', () => {
    const add = (forwardedToCourtOn: string | null) =>
      translate('ru', `caseView.action.${addDefendantWord({ forwardedToCourtOn, defendants: [] })}`);
    expect(add(null)).toBe('Добавить подозреваемого или обвиняемого');
    expect(add('2024-03-01')).toBe('Добавить подсудимого');
  });
});
