import type { TFunction } from 'i18next';
import type { CaseRecord } from '../../../../shared/domain/case-record';
import type { CaseMatch } from '../../../../shared/domain/monitoring-api';
import type { CaseFormat } from './format';

/** Which defendant a match concerns, as the case page names defendants (`defendant No. 1, Аманов Е. Б.`). */
export function matchedDefendant(match: CaseMatch, record: CaseRecord, t: TFunction, format: CaseFormat) {
  const index = match.defendantIndex;
  const defendant = index === null ? undefined : record.defendants[index];
  if (index === null || !defendant) return t('caseMonitoring.flag.defendantGone');
  // A defendant without a name or id is named by number alone, not "No. 1, No. 1".
  if (!defendant.fullName?.trim() && !defendant.personId)
    return t('caseMonitoring.flag.defendantNumber', { number: index + 1 });
  return t('caseMonitoring.flag.defendant', {
    number: index + 1,
    name: format.defendantName(defendant, index),
  });
}

/** The matches a defendant has that still stand: confirmed first, since it outweighs a pending one. */
export function standingMatches(matches: readonly CaseMatch[], index: number): CaseMatch['status'] | null {
  const own = matches.filter((m) => m.defendantIndex === index);
  if (own.some((m) => m.status === 'confirmed')) return 'confirmed';
  if (own.some((m) => m.status === 'pending')) return 'pending';
  return null;
}
