import type { FormInstance } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../../../shared/i18n';
import type { ApiError } from '../../../../shared/result';
import { partyPaths, showIssues } from './issues';
import { reasonRequested } from './reason-request';

const i18n = createI18n('ru');
const date = (iso: string) => iso.split('-').reverse().join('.');
const fakeForm = () => ({ setFields: vi.fn() });

const ruleViolation = (path: string, key: string, params: Record<string, string> = {}): ApiError => ({
  code: 'rule_violation',
  message: 'message from the backend',
  issues: [{ path, key, params, message: 'worded by the backend' }],
});

describe('backend issues on the open form', () => {
  it('go on the field they concern, dates written as the UI writes them', () => {
    const form = fakeForm();
    const error = ruleViolation('forwardedToCourtOn', 'errors.pipeline.forwardedBeforeRegistered', {
      date: '2024-03-15',
    });
    const rest = showIssues(
      form as unknown as FormInstance,
      error,
      (p) => (p === 'forwardedToCourtOn' ? 'on' : undefined),
      i18n,
      date,
    );
    expect(rest).toBeNull();
    expect(form.setFields).toHaveBeenCalledWith([
      { name: 'on', errors: ['не может быть раньше даты регистрации (15.03.2024)'] },
    ]);
  });

  it('go above the form, with the field named, when the form has no such field', () => {
    const form = fakeForm();
    const error = ruleViolation('defendants[0].convictedOn', 'errors.pipeline.verdictWithoutForward');
    expect(showIssues(form as unknown as FormInstance, error, () => undefined, i18n, date)).toBe(
      'Дата осуждения: приговор возможен только после направления дела в суд',
    );
  });

  it('above the form say a repeated message once, with how many times it came', () => {
    const outside = (j: number) => ({
      path: `periods[0].events[${j}].on`,
      key: 'errors.monitoring.eventOutsidePeriod',
      message: 'worded by the backend',
    });
    const error: ApiError = {
      code: 'rule_violation',
      message: 'message from the backend',
      issues: [
        ...[0, 1, 2].map(outside),
        { path: 'periods[0].end', key: 'errors.monitoring.endBeforeStart', message: 'worded by the backend' },
      ],
    };
    expect(showIssues(fakeForm() as unknown as FormInstance, error, () => undefined, i18n, date)).toBe(
      'дата вне срока надзора (×3); срок не может закончиться раньше, чем начался',
    );
  });

  it("leave the error's own message when it has no issues", () => {
    const error: ApiError = { code: 'internal', message: 'Произошла ошибка' };
    expect(showIssues(fakeForm() as unknown as FormInstance, error, () => undefined, i18n, date)).toBe(
      'Произошла ошибка',
    );
  });

  it('match a party field both in the input and in the case', () => {
    const fieldOf = partyPaths(['birthYear', 'sex'] as const, 'victim', 'victims\\[\\d+\\]');
    expect(fieldOf('victim.birthYear')).toBe('birthYear');
    expect(fieldOf('victims[3].birthYear')).toBe('birthYear');
    expect(fieldOf('victims[3].employment')).toBeUndefined();
    expect(fieldOf('defendants[0].sex')).toBeUndefined();
  });
});

describe('a reason the backend asks for', () => {
  it('is recognised, with the facts it lists', () => {
    const error = ruleViolation('reason', 'errors.correction.reasonRequired', {
      fields: 'forwardedToCourtOn, defendants[0].convictedOn',
    });
    expect(reasonRequested(error)).toEqual(['forwardedToCourtOn', 'defendants[0].convictedOn']);
  });

  it('is not confused with another rule violation', () => {
    expect(
      reasonRequested(ruleViolation('forwardedToCourtOn', 'errors.pipeline.forwardedBeforeRegistered')),
    ).toBeNull();
  });
});
