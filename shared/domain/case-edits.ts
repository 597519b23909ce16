import type { z } from 'zod';
import type { caseActions } from './case-actions';
import type { CaseRecord, Defendant, Victim } from './case-record';

/*
 * What each supervisor action does to a case, as pure functions: the backend applies them before
 * checking the rules and writing, and the case page applies them to foresee which recorded facts an
 * action would correct (and so ask for the reason first). One definition, so the two never disagree.
 */

type Input<K extends keyof typeof caseActions> = Omit<
  z.output<(typeof caseActions)[K]>,
  'id' | 'reason' | 'version'
>;

/** An action named a victim or defendant the case does not have. */
export class NoSuchParty extends Error {
  constructor(readonly index: number) {
    super(`no party at index ${index}`);
    this.name = 'NoSuchParty';
  }
}

function replaceAt<T>(list: T[], index: number, make: (current: T) => T): T[] {
  const current = list[index];
  if (current === undefined) throw new NoSuchParty(index);
  return list.map((item, i) => (i === index ? make(current) : item));
}

function removeAt<T>(list: T[], index: number): T[] {
  if (list[index] === undefined) throw new NoSuchParty(index);
  return list.filter((_, i) => i !== index);
}

const victimOf = (v: Input<'addVictim'>['victim']): Victim => ({
  sex: v.sex,
  birthDate: v.birthDate ?? null,
  birthYear: v.birthYear ?? null,
  employment: v.employment ?? null,
});

const identityOf = (d: Input<'addDefendant'>['defendant']) => ({
  personId: d.personId ?? null,
  ...(d.iin ? { iin: d.iin } : {}),
  fullName: d.fullName ?? null,
  sex: d.sex,
  birthDate: d.birthDate ?? null,
  employment: d.employment ?? null,
  priorConvictions: d.priorConvictions ?? null,
});

const undecided: Pick<Defendant, 'convictedOn' | 'acquittedOn' | 'sentence'> = {
  convictedOn: null,
  acquittedOn: null,
  sentence: null,
};

export const caseEdits = {
  edit: (c: CaseRecord, { changes }: Input<'edit'>): CaseRecord => ({ ...c, ...changes }),
  forward: (c: CaseRecord, { on }: Input<'forward'>): CaseRecord => ({ ...c, forwardedToCourtOn: on }),
  close: (c: CaseRecord, { on, closedReason }: Input<'close'>): CaseRecord => ({
    ...c,
    closedOn: on,
    closedReason,
  }),
  reopen: (c: CaseRecord, _input: Input<'reopen'>): CaseRecord => ({
    ...c,
    closedOn: null,
    closedReason: null,
  }),
  addVictim: (c: CaseRecord, { victim }: Input<'addVictim'>): CaseRecord => ({
    ...c,
    victims: [...c.victims, victimOf(victim)],
  }),
  updateVictim: (c: CaseRecord, { index, victim }: Input<'updateVictim'>): CaseRecord => ({
    ...c,
    victims: replaceAt(c.victims, index, () => victimOf(victim)),
  }),
  removeVictim: (c: CaseRecord, { index }: Input<'removeVictim'>): CaseRecord => ({
    ...c,
    victims: removeAt(c.victims, index),
  }),
  addDefendant: (c: CaseRecord, { defendant }: Input<'addDefendant'>): CaseRecord => ({
    ...c,
    defendants: [...c.defendants, { ...identityOf(defendant), ...undecided }],
  }),
  updateDefendant: (c: CaseRecord, { index, defendant }: Input<'updateDefendant'>): CaseRecord => ({
    ...c,
    defendants: replaceAt(c.defendants, index, (d) => ({ ...d, ...identityOf(defendant) })),
  }),
  removeDefendant: (c: CaseRecord, { index }: Input<'removeDefendant'>): CaseRecord => ({
    ...c,
    defendants: removeAt(c.defendants, index),
  }),
  recordVerdict: (c: CaseRecord, { index, verdict, on }: Input<'recordVerdict'>): CaseRecord => ({
    ...c,
    defendants: replaceAt(c.defendants, index, (d) =>
      verdict === 'convicted'
        ? { ...d, convictedOn: on, acquittedOn: null }
        : { ...d, acquittedOn: on, convictedOn: null, sentence: null },
    ),
  }),
  recordSentence: (c: CaseRecord, { index, sentence }: Input<'recordSentence'>): CaseRecord => ({
    ...c,
    defendants: replaceAt(c.defendants, index, (d) => ({
      ...d,
      sentence: {
        type: sentence.type,
        years: sentence.years ?? null,
        months: sentence.months ?? null,
        fineKzt: sentence.fineKzt ?? null,
        on: sentence.on,
      },
    })),
  }),
};

export type CaseEditName = keyof typeof caseEdits;
