import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { newCaseInput } from './domain/case';
import { contract } from './api/contract';
import { caseRecordSchema, defendantSchema, victimSchema } from './domain/case-record';
import { monitoredPersonSchema } from './domain/monitoring';
import { reviewSubjects } from './domain/review-subject';
import { translate } from './i18n';
import { checkInput, formatPath, toFieldIssues } from './validation';

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

  it('shows a very long unknown key by its first 60 characters, not whole', () => {
    const key = 'Ж'.repeat(59) + '😀' + 'k'.repeat(100_000);
    const result = z
      .object({})
      .strict()
      .safeParse({ [key]: 1 });
    if (result.success) throw new Error('should fail');
    const shown = 'Ж'.repeat(59) + '😀…';
    expect(toFieldIssues(result.error, en)).toEqual([
      { path: shown, key: 'errors.unknownKey', params: { key: shown }, message: `Unknown field “${shown}”` },
    ]);
  });

  it('shows a very long name a check repeats by its first 60 characters (a default subject of 100,000)', () => {
    const name = 'x'.repeat(100_000);
    const result = reviewSubjects.safeParse({ subjects: [], defaultSubject: name });
    if (result.success) throw new Error('should fail');
    const unknown = toFieldIssues(result.error, en).find((i) => i.key === 'errors.subject.unknownDefault');
    expect(unknown?.params).toEqual({ name: `${'x'.repeat(60)}…` });
    expect(unknown?.message.length).toBeLessThan(200);
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

describe('the validation message map', () => {
  const languages = ['ru', 'kk', 'en'] as const;
  const wordIn = (language: (typeof languages)[number]) => (key: string, params?: Record<string, unknown>) =>
    translate(language, key, params);
  const messages = (schema: z.ZodType, value: unknown, language: (typeof languages)[number] = 'en') => {
    const result = checkInput(schema, value);
    if (result.success) throw new Error(`accepted ${JSON.stringify(value)}`);
    return toFieldIssues(result.error, wordIn(language)).map((i) => i.message);
  };

  it('fills the limit of a schema’s own “too long” key (a 5,000-character full name)', () => {
    const fullName = defendantSchema.shape.fullName;
    expect(messages(fullName, 'Я'.repeat(5000), 'ru')).toEqual(['Слишком длинно (не более 200 символов)']);
    expect(messages(fullName, 'Я'.repeat(5000), 'en')).toEqual(['Too long (at most 200 characters)']);
  });

  it('says a victim’s birth year out of range is out of range, not a wrong number', () => {
    const birthYear = victimSchema.shape.birthYear;
    expect(messages(birthYear, 1800, 'en')).toEqual(['Must be at least 1900']);
    expect(messages(birthYear, 1800, 'ru')).toEqual(['Не меньше 1900']);
    expect(messages(birthYear, 1850.5, 'en')).toContain('expected a whole number');
  });

  it('says a wrong type is wrong, not missing', () => {
    const count = defendantSchema.shape.priorConvictions;
    expect(messages(count, 1.5)).toEqual(['expected a whole number']);
    expect(messages(z.number().int(), 1.5)).toEqual(['expected a whole number']);
    expect(messages(z.number(), 'abc')).toEqual(['expected a number']);
    expect(messages(z.object({ n: z.number() }), { n: 'abc' })).toEqual(['expected a number']);
    expect(messages(newCaseInput.shape.registryNumber, 245)).toEqual(['expected text']);
    expect(messages(z.object({ n: z.number() }), {})).toEqual(['Required']);
    expect(messages(newCaseInput.shape.registryNumber, undefined)).toEqual(['Required']);
  });

  it('has the API refuse, not alter, what the forms refuse (walkthrough 4)', () => {
    const at = (method: keyof typeof contract, input: unknown) => {
      const result = checkInput(contract[method].input as z.ZodType, input);
      if (result.success) throw new Error(`${method} accepted ${JSON.stringify(input)}`);
      return toFieldIssues(result.error, wordIn('en')).map((i) => `${i.path}: ${i.message}`);
    };
    expect(at('cases.edit', { id: 1, changes: { damageKzt: -5000 } })).toEqual([
      'changes.damageKzt: must not be negative',
    ]);
    expect(at('cases.edit', { id: 1, changes: { damageKzt: 'abc' } })).toEqual([
      'changes.damageKzt: expected a number',
    ]);
    // Far past 2^53 an amount would be saved as another number (99…99 typed as 100…020).
    expect(at('cases.edit', { id: 1, changes: { damageKzt: 1e17 } })).toEqual([
      'changes.damageKzt: Must be at most 999,999,999,999,999',
    ]);
    expect(at('cases.edit', { id: 1, changes: { part: 'abc' } })).toEqual([
      'changes.part: a part number, e.g. “2” or “3-1”',
    ]);
    expect(at('cases.addDefendant', { id: 1, defendant: { sex: 'M', priorConvictions: 'abc' } })).toEqual([
      'defendant.priorConvictions: expected a whole number',
    ]);
    expect(
      at('users.create', {
        fullName: 'Я'.repeat(5000),
        login: 'long.name',
        role: 'auditor',
        password: 'x'.repeat(12),
      }),
    ).toEqual(['fullName: at most 120 characters']);
    const sentence = { type: 'imprisonment', years: 1, months: 15, on: '2024-06-11' };
    expect(
      checkInput(contract['cases.recordSentence'].input, { id: 1, index: 0, sentence }).data,
    ).toMatchObject({
      sentence,
    });
  });

  // One real issue of every kind the map words, each rendered in every language.
  const samples: [string, z.ZodType, unknown][] = [
    ['string too long', z.string().max(3), 'abcd'],
    ['own key, too long', z.string().max(3, { error: 'errors.tooLong' }), 'abcd'],
    ['string too short', z.string().min(3), 'ab'],
    ['empty string', z.string().min(1), ''],
    ['number too big', z.number().max(31), 32],
    ['own key, too big', z.number().max(31, { error: 'errors.tooBig' }), 32],
    ['number too small', z.number().min(1900), 1800],
    ['own key, too small', z.number().min(1, { error: 'errors.tooSmall' }), 0],
    ['list too long', z.array(z.string()).max(1), ['a', 'b']],
    ['not an option', z.enum(['a', 'b']), 'c'],
    ['not a number', z.number(), 'x'],
    ['not a whole number', z.number().int(), 0.5],
    ['not text', z.string(), 1],
    ['not a boolean', z.boolean(), 'yes'],
    ['not a list', z.array(z.string()), 'a'],
    ['not an object', z.object({ a: z.string() }), 'a'],
    ['missing', z.object({ a: z.string() }), {}],
    ['unknown key', z.object({}).strict(), { typo: 1 }],
    ['custom check', z.string().refine(() => false), 'a'],
  ];

  it.each(samples)('words “%s” in ru, kk and en with every variable filled', (_name, schema, value) => {
    for (const language of languages) {
      for (const message of messages(schema, value, language)) {
        expect(message).not.toMatch(/\{\{|errors\.|Invalid input|expected \w+, received/);
        expect(message.trim()).not.toBe('');
      }
    }
  });

  it('gives every key the schemas word their checks with all the variables it needs', () => {
    // A schema's own key with variables is filled only from the issue (its limit or options).
    const keys = new Set<string>();
    const roots = [
      ...Object.values(contract).map((method) => method.input as z.ZodType),
      caseRecordSchema,
      monitoredPersonSchema,
    ];
    for (const root of roots) for (const key of ownKeys(root)) keys.add(key);
    expect(keys).toContain('errors.tooLong');
    expect(keys.size).toBeGreaterThan(20);
    const fromIssue = new Set(['maximum', 'minimum', 'options']);
    for (const key of keys) {
      for (const language of languages) {
        const text = translate(language, key);
        expect(text, `${language} ${key}`).not.toBe(key);
        const needs = [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!);
        expect(
          needs.filter((v) => !fromIssue.has(v)),
          `${language} ${key}`,
        ).toEqual([]);
      }
    }
  });
});

/** The i18n keys a schema gives as its own messages, at any depth (its checks and its parts). */
function ownKeys(root: z.ZodType): Set<string> {
  const keys = new Set<string>();
  const seen = new Set<unknown>();
  type Def = Record<string, unknown> & { error?: (issue: unknown) => unknown; checks?: unknown[] };
  const word = (def: Def | undefined) => {
    const message = def?.error?.({});
    if (typeof message === 'string' && message.startsWith('errors.')) keys.add(message);
  };
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object' || seen.has(node) || !('_zod' in node)) return;
    seen.add(node);
    const def = (node as { _zod: { def: Def } })._zod.def;
    word(def);
    for (const check of def.checks ?? []) word((check as { _zod: { def: Def } })._zod.def);
    for (const part of ['innerType', 'element', 'in', 'out', 'left', 'right', 'catchall', 'valueType'])
      visit(def[part]);
    for (const option of (def.options as unknown[] | undefined) ?? []) visit(option);
    for (const child of Object.values((def.shape as Record<string, unknown> | undefined) ?? {})) visit(child);
  };
  visit(root);
  return keys;
}
