import type { TFunction } from 'i18next';
import type { AuditListEntry } from '../../../../shared/domain/audit-view';
import { actionText, actorText, entityText, type Wording } from '../../../../shared/domain/audit-words';
import type { Language } from '../../../../shared/domain/fields';
import { formatsFor } from '../../../../shared/format';

/** The trail's entries in the UI language: who, what, on what, when. */
export interface AuditWords extends Wording {
  /** A moment on this computer's clock: `21.11.2026, 05:05:09`. */
  moment: (iso: string) => string;
  /** The same to the minute: `21.11.2026, 05:05`. */
  minute: (iso: string) => string;
  action: (action: string) => string;
  actor: (entry: Pick<AuditListEntry, 'actor' | 'actorName'>) => string;
  entityType: (type: string) => string;
  /** "Case 245100031000123": the type and the name people know it by (its id when it has none). */
  entity: (entry: Pick<AuditListEntry, 'entityType' | 'entityId' | 'entityLabel' | 'entityLabels'>) => string;
}

export function auditWords(t: TFunction, language: Language): AuditWords {
  const f = formatsFor(language);
  const wording: Wording = {
    t: (key, params) => t(key, params ?? {}),
    language,
    date: f.date,
    number: f.number,
  };
  const entityType = (type: string) => t(`audit.entityType.${type}`, { defaultValue: type });
  return {
    ...wording,
    moment: f.moment,
    minute: f.minute,
    action: (action) => actionText(action, wording),
    actor: (entry) => actorText(entry, wording),
    entityType,
    entity: (entry) => entityText(entry, wording),
  };
}
