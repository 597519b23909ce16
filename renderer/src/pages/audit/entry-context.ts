import type { AuditListEntry } from '../../../../shared/domain/audit-view';
import { auditPath } from './audit-query';

/**
 * Where an entry's object lives in the app: a case or a register entry on its page, an account on the
 * Users screen (for those who may open it), settings and reference data in Settings, an import as the
 * list of the entries it wrote. Null when there is nowhere this user can go.
 */
export function contextPath(
  entry: Pick<AuditListEntry, 'entityType' | 'entityId'>,
  may: { accounts: boolean },
): string | null {
  switch (entry.entityType) {
    case 'case':
      return `/cases/${entry.entityId}`;
    case 'person':
      return `/monitoring/${entry.entityId}`;
    case 'user':
      return may.accounts ? '/users' : null;
    case 'import':
      return /^\d+$/.test(entry.entityId) ? auditPath({ importId: Number(entry.entityId) }) : null;
    case 'setting':
    case 'district':
    case 'article':
    case 'platform':
    case 'tactic':
      return '/settings';
    default:
      return null;
  }
}
