import type { CaseRecord } from './case-record';

/**
 * What a case's defendants are called at its stage, as criminal procedure calls them: suspects and
 * the accused before the case reaches court, defendants on trial once it is forwarded, the convicted
 * once every one of them is convicted (an acquittal of some keeps the trial's word for all).
 */
export type DefendantsTerm = 'accused' | 'onTrial' | 'convicted';

/** The word for adding one more of them: a suspect or accused before court, else a defendant. */
export const addDefendantWord = (record: Pick<CaseRecord, 'forwardedToCourtOn' | 'defendants'>) =>
  defendantsTerm(record) === 'accused' ? 'addAccused' : 'addDefendant';

export function defendantsTerm(
  record: Pick<CaseRecord, 'forwardedToCourtOn' | 'defendants'>,
): DefendantsTerm {
  const { defendants } = record;
  if (defendants.length > 0 && defendants.every((d) => d.convictedOn !== null)) return 'convicted';
  return record.forwardedToCourtOn ? 'onTrial' : 'accused';
}
