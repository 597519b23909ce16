import type { AuditFilter, AuditListEntry } from '../../../shared/domain/audit-view';
import { actionText, actorText, entityText, type Wording } from '../../../shared/domain/audit-words';
import type { Language } from '../../../shared/domain/fields';
import { translate } from '../../../shared/i18n';
import { formatsFor } from '../../../shared/format';

/** The trail's entries and filters in one language's words, for the exported files. */
export interface TrailWords {
  t: (key: string, params?: Record<string, unknown>) => string;
  /** An action in words (the History's labels), or its code when it has none. */
  action: (action: string) => string;
  /** "Case 241500031000123", "User olga". */
  entity: (entry: Pick<AuditListEntry, 'entityType' | 'entityId' | 'entityLabel' | 'entityLabels'>) => string;
  /** "Olga Admin (olga)", "Command line (root)"; an actor Nadzor has no words for, as recorded. */
  actor: (actor: string, name: string | null) => string;
  /** A moment on this computer's clock: "23.11.2026, 14:05:09". */
  moment: (iso: string) => string;
  /** A calendar day: "23.11.2026". */
  day: (isoDate: string) => string;
  /** Each filter in force as one phrase; none means the whole trail. */
  filters: (filter: AuditFilter, actorName: string | null) => string[];
  /** The filters as one sentence for a file: "From 01.11.2026; action: …", or "None (the whole trail)". */
  filterLine: (phrases: string[]) => string;
}

export function trailWords(language: Language): TrailWords {
  const t = (key: string, params?: Record<string, unknown>) => translate(language, key, params);
  const f = formatsFor(language);
  const locale = f.locale;
  const day = f.date;
  const wording: Wording = { t, language, date: day, number: f.number };

  const entityType = (type: string) => t(`audit.entityType.${type}`, { defaultValue: type });
  const action = (code: string) => actionText(code, wording);
  const actor = (recorded: string, name: string | null) =>
    actorText({ actor: recorded, actorName: name }, wording);

  const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

  return {
    t,
    filterLine: (phrases) =>
      capitalised(phrases.length > 0 ? phrases.join('; ') : t('audit.filterWords.none')),
    action,
    entity: (entry) => entityText(entry, wording),
    actor,
    moment: f.moment,
    day,
    filters: (filter, actorName) => {
      const phrases: string[] = [];
      if (filter.actor !== undefined)
        phrases.push(t('audit.filterWords.actor', { actor: actor(filter.actor, actorName) }));
      if (filter.from !== undefined && filter.to !== undefined)
        phrases.push(t('audit.filterWords.between', { from: day(filter.from), to: day(filter.to) }));
      else if (filter.from !== undefined)
        phrases.push(t('audit.filterWords.from', { from: day(filter.from) }));
      else if (filter.to !== undefined) phrases.push(t('audit.filterWords.to', { to: day(filter.to) }));
      if (filter.action !== undefined)
        phrases.push(t('audit.filterWords.action', { action: action(filter.action) }));
      if (filter.entityType !== undefined)
        phrases.push(t('audit.filterWords.entityType', { type: entityType(filter.entityType) }));
      if (filter.entityId !== undefined)
        phrases.push(t('audit.filterWords.entity', { entity: filter.entityId }));
      if (filter.importId !== undefined) phrases.push(t('audit.filterWords.import', { id: filter.importId }));
      return phrases;
    },
  };
}
