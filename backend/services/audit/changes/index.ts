import type { AuditEntry } from '../../../../db/audit/types';
import type { FieldChange } from '../../../../shared/domain/audit-view';
import { caseChanges } from './case-snapshot-diff';
import { importRunChanges, referenceChanges, userChanges } from './entity-changes';
import { personChanges } from './person-changes';
import type { Row } from './records';
import { settingChanges } from './setting-changes';
import type { ChangeLookup } from './values';

export { changeLookup } from './lookup';
export type { ChangeLookup } from './values';

/**
 * What one audit entry changed, field by field, in terms the screens word in the reader's language:
 * labels and enums as i18n keys, dates as dates, reference ids as names. Internal columns never show.
 */
export function describeChanges(
  entry: Pick<AuditEntry, 'entityType' | 'action' | 'before' | 'after'>,
  lookup: ChangeLookup,
): FieldChange[] {
  const before = (entry.before ?? null) as Row | null;
  const after = (entry.after ?? null) as Row | null;
  switch (entry.entityType) {
    case 'case':
      return caseChanges(before, after, lookup);
    case 'person':
      return personChanges(before, after, lookup);
    case 'setting':
      return settingChanges(before, after, lookup);
    case 'user':
      return userChanges(before, after, lookup, entry.action);
    case 'district':
    case 'article':
    case 'platform':
    case 'tactic':
      return referenceChanges(entry.entityType, before, after, lookup);
    case 'import':
      return importRunChanges(before, after, lookup);
    default:
      return [];
  }
}
