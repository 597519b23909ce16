import { describe, expect, it } from 'vitest';
import { newCaseInput } from './domain/case';
import { translate } from './i18n';
import { formatPath, toFieldIssues } from './validation';

const en = (key: string, params?: Record<string, string | number>) => translate('en', key, params);

describe('field issues', () => {
  it('formats paths the way the interchange spec prints them', () => {
    expect(formatPath(['cases', 12, 'defendants', 0, 'sex'])).toBe('cases[12].defendants[0].sex');
    expect(formatPath([])).toBe('');
  });

  it('words every broken field of a new case with its own key', () => {
    const result = newCaseInput.safeParse({
      registryNumber: 'x'.repeat(41),
      article: '',
      district: 'Almaty',
      registeredOn: '2024-02-30',
      typo: 1,
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    const issues = toFieldIssues(result.error, en);
    expect(issues.map((i) => [i.path, i.key])).toEqual(
      expect.arrayContaining([
        ['registryNumber', 'errors.registryNumber.tooLong'],
        ['article', 'errors.required'],
        ['registeredOn', 'errors.date.format'],
        ['typo', 'errors.unknownKey'],
      ]),
    );
    expect(issues.find((i) => i.path === 'typo')?.message).toBe('Unknown field “typo”');
  });

  it('reports a missing field as required, never with zod English', () => {
    const result = newCaseInput.safeParse({ article: '194', district: 'Almaty', registeredOn: '2024-01-01' });
    if (result.success) throw new Error('should fail');
    const [issue] = toFieldIssues(result.error, (key) => translate('ru', key));
    expect(issue).toMatchObject({
      path: 'registryNumber',
      key: 'errors.required',
      message: 'Обязательное поле',
    });
  });

  it('refuses registry numbers with surrounding spaces or control characters', () => {
    expect(newCaseInput.shape.registryNumber.safeParse(' 245').success).toBe(false);
    expect(newCaseInput.shape.registryNumber.safeParse('24\n5').success).toBe(false);
    expect(newCaseInput.shape.registryNumber.safeParse('245100031000123').success).toBe(true);
    expect(newCaseInput.shape.registryNumber.safeParse('x'.repeat(32)).success).toBe(true);
  });
});
