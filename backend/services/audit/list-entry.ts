import type { AuditEntry } from '../../../db/audit/types';
import type { Readers } from '../../../db/ports';
import { actorLogin } from '../../../shared/domain/accounts';
import type { AuditListEntry } from '../../../shared/domain/audit-view';
import type { Language } from '../../../shared/domain/fields';
import { referenceKinds, type Labels } from '../../../shared/domain/reference';

/** The snapshot column people know each entity by. */
const LABEL_COLUMN: Record<string, string> = {
  case: 'registry_number',
  person: 'person_key',
  user: 'login',
  setting: 'key',
  district: 'name',
  platform: 'name',
  tactic: 'name',
  article: 'code',
  import: 'file_name',
};

/** The entity's row as the entry recorded it: after the change, or before it when it was removed. */
const snapshotOf = (entry: AuditEntry) => (entry.after ?? entry.before) as Record<string, unknown> | null;

/** A reference value's labels by language, from the columns of its row the entry recorded. */
function entityLabels(entry: AuditEntry): Labels | undefined {
  if (!(referenceKinds as readonly string[]).includes(entry.entityType)) return undefined;
  const snapshot = snapshotOf(entry);
  const label = (language: Language) => {
    const value = snapshot?.[`label_${language}`];
    return typeof value === 'string' ? value : null;
  };
  return { ru: label('ru'), kk: label('kk'), en: label('en') };
}

function entityLabel(entry: AuditEntry): string | null {
  const column = LABEL_COLUMN[entry.entityType];
  const snapshot = snapshotOf(entry);
  const value = column && snapshot ? snapshot[column] : undefined;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}

/** Full names of the accounts, by audit actor (`user:<login>`), for naming who did what. */
export async function actorNames(r: Readers): Promise<Map<string, string>> {
  const users = await r.users.list();
  return new Map(users.map((u) => [`user:${u.login.toLowerCase()}`, u.fullName]));
}

export function toListEntry(entry: AuditEntry, names: Map<string, string>): AuditListEntry {
  const login = actorLogin(entry.actor);
  const labels = entityLabels(entry);
  return {
    seq: entry.seq,
    at: entry.at,
    actor: entry.actor,
    actorName: login === null ? null : (names.get(`user:${login.toLowerCase()}`) ?? null),
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    entityLabel: entityLabel(entry),
    ...(labels ? { entityLabels: labels } : {}),
    reason: entry.reason,
    importId: entry.importId,
  };
}
