import { describe, expect, it } from 'vitest';
import { caseEdits, NoSuchParty } from './case-edits';
import type { CaseRecord } from './case-record';

const record: CaseRecord = {
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
  victims: [{ sex: 'F', birthDate: null, birthYear: 1990, employment: null }],
  defendants: [
    {
      personId: 'P-1',
      fullName: 'A',
      sex: 'M',
      birthDate: null,
      employment: null,
      priorConvictions: 1,
      convictedOn: '2024-09-10',
      acquittedOn: null,
      sentence: { type: 'fine', years: null, months: null, fineKzt: 100, on: '2024-09-10' },
    },
  ],
};

describe('case edits', () => {
  it('an acquittal replaces the conviction and drops its sentence', () => {
    const after = caseEdits.recordVerdict(record, { index: 0, verdict: 'acquitted', on: '2024-09-11' });
    expect(after.defendants[0]).toMatchObject({
      convictedOn: null,
      acquittedOn: '2024-09-11',
      sentence: null,
    });
    expect(record.defendants[0]?.convictedOn).toBe('2024-09-10'); // the input is left as it was
  });

  it('editing a defendant keeps the verdict; a new one starts undecided', () => {
    const edited = caseEdits.updateDefendant(record, { index: 0, defendant: { sex: 'M', fullName: 'B' } });
    expect(edited.defendants[0]).toMatchObject({ fullName: 'B', personId: null, convictedOn: '2024-09-10' });
    const added = caseEdits.addDefendant(record, { defendant: { sex: 'F' } });
    expect(added.defendants[1]).toMatchObject({
      sex: 'F',
      convictedOn: null,
      acquittedOn: null,
      sentence: null,
    });
  });

  it('refuses a party the case does not have', () => {
    expect(() => caseEdits.removeVictim(record, { index: 3 })).toThrow(NoSuchParty);
    expect(() =>
      caseEdits.recordSentence(record, { index: 1, sentence: { type: 'other', on: '2024-10-01' } }),
    ).toThrow(NoSuchParty);
  });
});
