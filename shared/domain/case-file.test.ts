import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translate } from '../i18n';
import { wordIssues } from '../validation';
import { parseCaseFile } from './case-file';
import type { CaseRecord } from './case-record';
import { overlaps } from './pipeline';
import { validCase } from './testing/case-arbitrary';

const minimal = { registryNumber: 'A-1', article: '194', district: 'Almaty', registeredOn: '2024-01-05' };
const paths = (cases: unknown[], format = 'nadzor.cases/v1') => {
  const parsed = parseCaseFile({ format, cases });
  return parsed.ok ? [] : parsed.issues.map((i) => `${i.path} ${i.key}`);
};

describe('case file (spec §2)', () => {
  it('accepts the minimal case and fills the optional fields canonically', () => {
    const parsed = parseCaseFile({ format: 'nadzor.cases/v1', cases: [minimal] });
    expect(parsed.ok && parsed.file.cases[0]).toEqual({
      ...minimal,
      part: null,
      forwardedToCourtOn: null,
      closedOn: null,
      closedReason: null,
      groupCrime: false,
      platforms: [],
      tactics: [],
      damageKzt: null,
      victims: [],
      defendants: [],
    });
  });

  it('takes null for any optional field, as for a missing one', () => {
    const nulls = { groupCrime: null, platforms: null, tactics: null, victims: null, defendants: null };
    const parsed = parseCaseFile({ format: 'nadzor.cases/v1', cases: [{ ...minimal, ...nulls }] });
    expect(parsed.ok && parsed.file.cases[0]).toMatchObject({
      groupCrime: false,
      platforms: [],
      tactics: [],
      victims: [],
      defendants: [],
    });
  });

  it('refuses another format, a missing list, and keys the spec does not list', () => {
    expect(paths([minimal], 'nadzor.cases/v2')).toEqual(['format errors.file.format']);
    expect(parseCaseFile({ format: 'nadzor.cases/v1' })).toMatchObject({
      ok: false,
      issues: [{ path: 'cases' }],
    });
    expect(paths([{ ...minimal, victims: [{ sex: 'F', age: 30 }] }])).toEqual([
      'cases[0].victims[0].age errors.unknownKey',
    ]);
  });

  it('checks each field’s type, range and vocabulary at its path', () => {
    const defendant = { sex: 'M', priorConvictions: 1.5, employment: 'retired' };
    expect(
      paths([
        {
          ...minimal,
          registryNumber: '',
          article: 194,
          registeredOn: '2024-02-30',
          damageKzt: -1,
          groupCrime: 'yes',
          closedReason: 'lost',
          platforms: [''],
          victims: [{ sex: 'f', birthYear: 1990.5 }],
          defendants: [defendant, { sex: 'F', sentence: { type: 'probation', on: '2024-01-01' } }],
        },
      ]).sort(),
    ).toEqual(
      [
        'cases[0].registryNumber errors.required',
        'cases[0].article errors.article.text',
        'cases[0].registeredOn errors.date.format',
        'cases[0].damageKzt errors.nonNegative',
        'cases[0].groupCrime errors.boolean',
        'cases[0].closedReason errors.closedReason',
        'cases[0].platforms[0] errors.required',
        'cases[0].victims[0].sex errors.sex',
        'cases[0].victims[0].birthYear errors.integer',
        'cases[0].defendants[0].priorConvictions errors.integer',
        'cases[0].defendants[0].employment errors.employment',
        'cases[0].defendants[1].sentence.type errors.sentence.type',
      ].sort(),
    );
  });

  it('refuses an article part that is not a part number, and keeps "2" and "3-1"', () => {
    for (const part of ['abc', '0', '-5', '2 ', 'ч. 2', '2.1', ''])
      expect(paths([{ ...minimal, part }]), part).toEqual(['cases[0].part errors.article.part']);
    expect(
      paths([
        { ...minimal, part: '2' },
        { ...minimal, registryNumber: 'A-2', part: '3-1' },
      ]),
    ).toEqual([]);
  });

  it('words each problem with its limit filled in, as the command line prints it', () => {
    const parsed = parseCaseFile({
      format: 'nadzor.cases/v1',
      cases: [
        { ...minimal, defendants: [{ sex: 'M', fullName: 'Я'.repeat(5000), priorConvictions: 'abc' }] },
      ],
    });
    if (parsed.ok) throw new Error('should fail');
    const lines = wordIssues(parsed.issues, (key, params) => translate('en', key, params)).map(
      (i) => `${i.path}: ${i.message}`,
    );
    expect(lines.sort()).toEqual([
      'cases[0].defendants[0].fullName: Too long (at most 200 characters)',
      'cases[0].defendants[0].priorConvictions: expected a whole number',
    ]);
  });

  it('refuses a registry number longer than 32 characters or used twice in the file', () => {
    expect(paths([{ ...minimal, registryNumber: 'x'.repeat(33) }])).toEqual([
      'cases[0].registryNumber errors.registryNumber.tooLong',
    ]);
    expect(paths([minimal, { ...minimal }])).toEqual([
      'cases[1].registryNumber errors.registryNumber.duplicateInFile',
    ]);
  });

  it('refuses a birth year that contradicts the birth date', () => {
    expect(
      paths([{ ...minimal, victims: [{ sex: 'F', birthDate: '1990-05-01', birthYear: 1991 }] }]),
    ).toEqual(['cases[0].victims[0].birthYear errors.birthYearMismatch']);
  });

  it('reports the problems of every case, not just the first', () => {
    expect(
      paths([
        { ...minimal, sex: 'M' },
        { ...minimal, registryNumber: 'A-2', registeredOn: 'yesterday' },
      ]),
    ).toEqual(['cases[0].sex errors.unknownKey', 'cases[1].registeredOn errors.date.format']);
  });

  it('judges a case that failed its shape by every rule that reads none of the failed fields', () => {
    const forwarded = { ...minimal, forwardedToCourtOn: '2024-03-05' };
    const defendant = {
      sex: 'W',
      convictedOn: '2024-03-02',
      acquittedOn: '2024-03-03',
      sentence: { type: 'fine', on: '2024-03-01' },
    };
    expect(paths([{ ...forwarded, comment: 'x', defendants: [defendant] }])).toEqual([
      'cases[0].defendants[0].sex errors.sex',
      'cases[0].comment errors.unknownKey',
      'cases[0].defendants[0].acquittedOn errors.pipeline.verdictExclusive',
      'cases[0].defendants[0].convictedOn errors.pipeline.verdictBeforeForward',
      'cases[0].defendants[0].acquittedOn errors.pipeline.verdictBeforeForward',
      'cases[0].defendants[0].sentence.on errors.pipeline.sentenceBeforeConviction',
      'cases[0].defendants[0].sentence.fineKzt errors.sentence.fineRequired',
    ]);
    // Its registry number is still compared with the others'.
    expect(paths([{ ...minimal, groupCrime: 'yes' }, minimal])).toEqual([
      'cases[0].groupCrime errors.boolean',
      'cases[1].registryNumber errors.registryNumber.duplicateInFile',
    ]);
  });

  it('takes no failed field for absent: a malformed date or reason breaks no rule of its own', () => {
    const defendants = [{ sex: 'M', convictedOn: '2024-03-02' }];
    expect(paths([{ ...minimal, forwardedToCourtOn: '2024-13-01', defendants }])).toEqual([
      'cases[0].forwardedToCourtOn errors.date.format',
    ]);
    expect(paths([{ ...minimal, closedOn: '2024-02-01', closedReason: 'lost' }])).toEqual([
      'cases[0].closedReason errors.closedReason',
    ]);
    const long = { ...minimal, registryNumber: 'x'.repeat(33) };
    expect(paths([long, long])).toEqual([
      'cases[0].registryNumber errors.registryNumber.tooLong',
      'cases[1].registryNumber errors.registryNumber.tooLong',
    ]);
  });

  it('invents no problem: a valid case with one field spoilt is refused at that field only', () => {
    /** Puts a value the schema refuses at `key` of `target`, and gives that field's path. */
    const put = (target: object, key: string, value: unknown, path: string) => {
      (target as Record<string, unknown>)[key] = value;
      return path;
    };
    const append = (list: unknown[], value: unknown) => list.push(value) - 1;
    const spoilt = fc.constantFrom<(c: CaseRecord) => string>(
      (c) => put(c, 'registryNumber', 7, 'registryNumber'),
      (c) => put(c, 'registeredOn', '2024-02-30', 'registeredOn'),
      (c) => put(c, 'forwardedToCourtOn', 'soon', 'forwardedToCourtOn'),
      (c) => put(c, 'closedOn', 20240101, 'closedOn'),
      (c) => put(c, 'closedReason', 'lost', 'closedReason'),
      (c) => `platforms[${append(c.platforms, '')}]`,
      (c) => `victims[${append(c.victims, 'F')}]`,
      (c) => `defendants[${append(c.defendants, { sex: 'W' })}].sex`,
      (c) => (c.defendants[0] ? put(c.defendants[0], 'sex', null, 'defendants[0].sex') : 'nothing'),
      (c) => {
        const sentence = c.defendants[0]?.sentence;
        return sentence ? put(sentence, 'type', 'probation', 'defendants[0].sentence.type') : 'nothing';
      },
    );
    fc.assert(
      fc.property(validCase, spoilt, (c, spoil) => {
        const file = structuredClone({ ...c, registryNumber: 'R-1' });
        const at = `cases[0].${spoil(file)}`;
        const parsed = parseCaseFile({ format: 'nadzor.cases/v1', cases: [file] });
        const issues = parsed.ok ? [] : parsed.issues.map((i) => i.path);
        expect(issues.filter((path) => !overlaps(path, at))).toEqual([]);
      }),
    );
  });
});
