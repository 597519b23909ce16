import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseRecord } from './case-record';
import { addDays, checkCase, checkChange, deadlineStatus, stageOfCase } from './pipeline';
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

/** Two dates out of order are said at the one a change moved, in words for that side. */
describe('rules of a change', () => {
  const said = (previous: CaseRecord, next: CaseRecord) =>
    checkChange(previous, next).map((i) => `${i.path} ${i.key} ${i.params?.date ?? ''}`.trim());
  const unsentenced = withDefendant({ sentence: null });

  it('a forwarding date moved past a verdict is refused at the forwarding date', () => {
    expect(said(base, { ...base, forwardedToCourtOn: '2024-09-11' })).toEqual([
      'forwardedToCourtOn errors.pipeline.forwardedAfterVerdict 2024-09-10',
    ]);
  });

  it('a verdict moved before the forwarding is refused at the verdict, as checkCase says it', () => {
    const moved = withDefendant({ convictedOn: '2024-05-01', sentence: null });
    expect(said(unsentenced, moved)).toEqual([
      'defendants[0].convictedOn errors.pipeline.verdictBeforeForward 2024-05-02',
    ]);
  });

  it('a registration moved past the forwarding or the closure is refused at the registration', () => {
    expect(said(base, { ...base, registeredOn: '2024-05-03' })).toEqual([
      'registeredOn errors.pipeline.registeredAfterForwarded 2024-05-02',
    ]);
    const closed: CaseRecord = {
      ...base,
      forwardedToCourtOn: null,
      defendants: [],
      closedOn: '2024-03-01',
      closedReason: 'merged',
    };
    expect(said(closed, { ...closed, registeredOn: '2024-03-02' })).toEqual([
      'registeredOn errors.pipeline.registeredAfterClosed 2024-03-01',
    ]);
  });

  it('a conviction moved past its sentence is refused at the conviction', () => {
    expect(said(base, withDefendant({ convictedOn: '2024-09-11' }))).toEqual([
      'defendants[0].convictedOn errors.pipeline.convictedAfterSentence 2024-09-10',
    ]);
  });

  it('both dates moved, or neither, says it at the later one', () => {
    const both = { ...base, registeredOn: '2024-06-01', forwardedToCourtOn: '2024-05-30' };
    expect(said(base, both)).toContain(
      'forwardedToCourtOn errors.pipeline.forwardedBeforeRegistered 2024-06-01',
    );
    const already = { ...base, forwardedToCourtOn: '2024-01-01' };
    expect(said(already, { ...already, damageKzt: 5 })).toEqual([
      'forwardedToCourtOn errors.pipeline.forwardedBeforeRegistered 2024-02-11',
    ]);
  });

  it('finds as many issues as checkCase, whichever dates a change moves', () => {
    const day = fc.integer({ min: 0, max: 400 }).map((n) => addDays('2023-06-01', n));
    const moved = fc.record({ registeredOn: day, forwardedOn: day, verdictOn: day, sentenceOn: day });
    fc.assert(
      fc.property(validCase, moved, fc.boolean(), (previous, dates, some) => {
        const next: CaseRecord = {
          ...previous,
          registeredOn: dates.registeredOn,
          forwardedToCourtOn: some ? previous.forwardedToCourtOn : dates.forwardedOn,
          defendants: previous.defendants.map((d) => ({
            ...d,
            convictedOn: d.convictedOn && dates.verdictOn,
            sentence: d.sentence && { ...d.sentence, on: some ? d.sentence.on : dates.sentenceOn },
          })),
        };
        expect(checkChange(previous, next).length).toBe(checkCase(next).length);
      }),
    );
  });
});

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
