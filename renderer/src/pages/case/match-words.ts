import type { TFunction } from 'i18next';
import type { CaseRecord } from '../../../../shared/domain/case-record';
import { defendantsTerm } from '../../../../shared/domain/defendants-term';
import type { CaseMatch, RegisteredDefendant } from '../../../../shared/domain/monitoring-api';
import type { CaseFormat } from './format';

/**
 * Which defendant a match concerns, as the case page names defendants: by the case's stage (suspect or
 * accused, defendant, convicted) in the defendant's own gender (`подсудимая № 2, Лебедева В. В.`).
 */
export function matchedDefendant(match: CaseMatch, record: CaseRecord, t: TFunction, format: CaseFormat) {
  const index = match.defendantIndex;
  const defendant = index === null ? undefined : record.defendants[index];
  if (index === null || !defendant) return t('caseMonitoring.flag.defendantGone');
  const who = t(`caseMonitoring.flag.defendantNumber.${defendantsTerm(record)}.${defendant.sex}`, {
    number: index + 1,
  });
  // A defendant without a name or id is named by number alone, not "No. 1, No. 1".
  if (!defendant.fullName?.trim() && !defendant.personId) return who;
  return t('caseMonitoring.flag.defendantNamed', { who, name: format.defendantName(defendant, index) });
}

/** The matches a defendant has that still stand: confirmed first, since it outweighs a pending one. */
export function standingMatches(matches: readonly CaseMatch[], index: number): CaseMatch['status'] | null {
  const own = matches.filter((m) => m.defendantIndex === index);
  if (own.some((m) => m.status === 'confirmed')) return 'confirmed';
  if (own.some((m) => m.status === 'pending')) return 'pending';
  return null;
}

/**
 * Where a defendant stands with the register, as the row shows it: on it from this case (its entry
 * linked), matched to a person (the match's tag, decided first), to be put on it (convicted), or none.
 */
export type RegisterState =
  | { kind: 'registered'; entry: RegisteredDefendant }
  | { kind: 'matched' }
  | { kind: 'offer' }
  | { kind: 'none' };

export function registerState(
  defendant: Pick<CaseRecord['defendants'][number], 'convictedOn'>,
  index: number,
  matches: readonly CaseMatch[],
  registered: readonly RegisteredDefendant[],
): RegisterState {
  const entry = registered.find((r) => r.defendantIndex === index);
  if (entry) return { kind: 'registered', entry };
  if (standingMatches(matches, index)) return { kind: 'matched' };
  return defendant.convictedOn ? { kind: 'offer' } : { kind: 'none' };
}

/**
 * What the flag's title says of the matches that stand: that a register person is in the case once
 * every one is confirmed, else only that one may be (a match awaiting a decision is no finding yet).
 */
export const flagStatus = (standing: readonly CaseMatch[]): 'pending' | 'confirmed' =>
  standing.every((m) => m.status === 'confirmed') ? 'confirmed' : 'pending';
