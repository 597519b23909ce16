import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseRecord } from './case-record';
import { checkCase, deadlineStatus, stageOfCase } from './pipeline';
import { validCase } from './testing/case-arbitrary';

const base: CaseRecord = {
  registryNumber: '1',
  article: '194',
  part: null,
  district: 'Almaty',
  registeredOn: '2024-02-11',
  forwardedToCourtOn: '2024-05-02',
  closedOn: null,
  closedReason: null,
  groupCrime: false,
  platforms: [],
  tactics: [],
  damageKzt: null,
  victims: [],
  defendants: [
    {
      personId: null,
      fullName: null,
      sex: 'M',
      birthDate: null,
      employment: null,
      priorConvictions: null,
      convictedOn: '2024-09-10',
      acquittedOn: null,
      sentence: { type: 'imprisonment', years: 5, months: 0, fineKzt: null, on: '2024-09-10' },
    },
  ],
};

const paths = (c: CaseRecord) => checkCase(c).map((i) => `${i.path} ${i.key}`);
const withDefendant = (patch: Partial<CaseRecord['defendants'][number]>): CaseRecord => ({
  ...base,
  defendants: [{ ...base.defendants[0]!, ...patch }],
});

/** One rule of spec §2 broken at a time, with where it must be reported. */
const broken: [string, CaseRecord, string][] = [
  [
    'forwarded before registered',
    { ...base, forwardedToCourtOn: '2024-01-01' },
    'forwardedToCourtOn errors.pipeline.forwardedBeforeRegistered',
  ],
  [
    'closed and forwarded',
    { ...base, closedOn: '2024-06-01', closedReason: 'merged' },
    'closedOn errors.pipeline.closedAndForwarded',
  ],
  [
    'closure date without reason',
    { ...base, forwardedToCourtOn: null, defendants: [], closedOn: '2024-06-01' },
    'closedReason errors.pipeline.closedTogether',
  ],
  [
    'closure reason without date',
    { ...base, forwardedToCourtOn: null, defendants: [], closedReason: 'merged' },
    'closedOn errors.pipeline.closedTogether',
  ],
  [
    'closed before registered',
    { ...base, forwardedToCourtOn: null, defendants: [], closedOn: '2024-01-01', closedReason: 'merged' },
    'closedOn errors.pipeline.closedBeforeRegistered',
  ],
  [
    'convicted and acquitted',
    withDefendant({ acquittedOn: '2024-09-10' }),
    'defendants[0].acquittedOn errors.pipeline.verdictExclusive',
  ],
  [
    'verdict before forwarding',
    withDefendant({ convictedOn: '2024-05-01', sentence: null }),
    'defendants[0].convictedOn errors.pipeline.verdictBeforeForward',
  ],
  [
    'verdict without forwarding',
    { ...withDefendant({ sentence: null }), forwardedToCourtOn: null },
    'defendants[0].convictedOn errors.pipeline.verdictWithoutForward',
  ],
  [
    'sentence without conviction',
    withDefendant({ convictedOn: null }),
    'defendants[0].sentence errors.pipeline.sentenceWithoutConviction',
  ],
  [
    'sentence before conviction',
    withDefendant({ sentence: { ...base.defendants[0]!.sentence!, on: '2024-09-09' } }),
    'defendants[0].sentence.on errors.pipeline.sentenceBeforeConviction',
  ],
  [
    'imprisonment without term',
    withDefendant({
      sentence: { type: 'imprisonment', years: null, months: null, fineKzt: null, on: '2024-09-10' },
    }),
    'defendants[0].sentence.years errors.sentence.termRequired',
  ],
  [
    'fine without amount',
    withDefendant({ sentence: { type: 'fine', years: null, months: null, fineKzt: null, on: '2024-09-10' } }),
    'defendants[0].sentence.fineKzt errors.sentence.fineRequired',
  ],
  [
    'fine with a term',
    withDefendant({ sentence: { type: 'fine', years: 1, months: null, fineKzt: 100, on: '2024-09-10' } }),
    'defendants[0].sentence.years errors.sentence.termNotAllowed',
  ],
  ['a platform twice', { ...base, platforms: ['Telegram', 'Telegram'] }, 'platforms[1] errors.duplicate'],
];

describe('pipeline rules', () => {
  it('accept a case that follows them', () => {
    expect(checkCase(base)).toEqual([]);
  });

  it.each(broken)('report %s at its field', (_name, record, expected) => {
    expect(paths(record)).toContain(expected);
  });

  it('accept every generated valid case', () => {
    fc.assert(
      fc.property(validCase, (c) => {
        expect(checkCase(c)).toEqual([]);
      }),
    );
  });

  it('report a verdict dated before forwarding at that defendant, whatever the case', () => {
    fc.assert(
      fc.property(
        validCase.filter((c) => c.forwardedToCourtOn !== null && c.defendants.length > 0),
        fc.nat(),
        (c, n) => {
          const i = n % c.defendants.length;
          c.defendants[i] = {
            ...c.defendants[i]!,
            convictedOn: '1999-01-01',
            acquittedOn: null,
            sentence: null,
          };
          expect(paths(c)).toContain(`defendants[${i}].convictedOn errors.pipeline.verdictBeforeForward`);
        },
      ),
    );
  });

  it('derive the stage from the facts', () => {
    expect(stageOfCase({ ...base, forwardedToCourtOn: null, defendants: [] })).toBe('registered');
    expect(stageOfCase(withDefendant({ convictedOn: null, sentence: null }))).toBe('forwarded');
    expect(stageOfCase(withDefendant({ sentence: null }))).toBe('verdict');
    expect(stageOfCase(base)).toBe('sentenced');
    expect(stageOfCase({ ...base, forwardedToCourtOn: null, defendants: [], closedOn: '2024-03-01' })).toBe(
      'closed',
    );
  });

  it('count the investigation deadline in days, across month ends and leap years', () => {
    const open = { registeredOn: '2024-01-01', forwardedToCourtOn: null, closedOn: null };
    expect(deadlineStatus(open, '2024-02-19', 60)).toBe('ok');
    expect(deadlineStatus(open, '2024-02-20', 60)).toBe('dueSoon');
    expect(deadlineStatus(open, '2024-03-01', 60)).toBe('dueSoon');
    expect(deadlineStatus(open, '2024-03-02', 60)).toBe('overdue');
    expect(deadlineStatus({ ...open, forwardedToCourtOn: '2024-05-01' }, '2025-01-01', 60)).toBe('done');
  });
});
