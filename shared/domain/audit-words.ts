import { actorLogin } from './accounts';
import {
  actionLabelKey,
  type AuditListEntry,
  type ChangePart,
  type ChangeValue,
  type FieldChange,
} from './audit-view';
import { NO_VALUE } from '../format';
import type { Language } from './fields';
import { readableName, referenceKinds } from './reference';
import { settingLabel } from './setting-labels';

/*
 * Audit entries in words, for every place that shows them: the History tabs and the Audit screen
 * word each piece in their own layout, exports and tests write one line per change. The caller
 * brings the language: a translator and how dates and numbers are written in it.
 */

export interface Wording {
  t: (key: string, params?: Record<string, unknown>) => string;
  /** The words' language: a reference value is named by its label in it. */
  language: Language;
  /** An ISO date (YYYY-MM-DD) as the screens write it. */
  date: (iso: string) => string;
  number: (n: number) => string;
}

/** Nothing recorded: the same dash the case page shows for an empty field. */
export const NOTHING = NO_VALUE;

export function valueText(value: ChangeValue, w: Wording): string {
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'number':
      return w.number(value.value);
    case 'date':
      return w.date(value.date);
    case 'term':
      return w.t(value.key);
    case 'yesNo':
      return w.t(value.value ? 'caseView.value.yes' : 'caseView.value.no');
  }
}

export const valuesText = (values: ChangeValue[], w: Wording): string =>
  values.length ? values.map((v) => valueText(v, w)).join(', ') : NOTHING;

/** "Victim 2 (Иванова А.)", "Supervision period 1 (Probation, 01.10.2024) › Event 3". */
export function partText(part: ChangePart, w: Wording): string {
  const own = w.t(`history.part.${part.kind}`, { number: part.position });
  const words = [...(part.label ? [part.label] : []), ...(part.details ?? []).map((v) => valueText(v, w))];
  const named = words.length ? `${own} (${words.join(', ')})` : own;
  return part.of ? `${partText(part.of, w)} › ${named}` : named;
}

/** The field and its values without the part: "Date of birth: 12.05.1996 → 13.05.1996". */
export function fieldText(change: FieldChange, w: Wording): string {
  const label = w.t(change.field);
  if (change.before.length === 0 && change.after.length === 0) return label;
  if (change.change === 'added') return `${label}: ${valuesText(change.after, w)}`;
  if (change.change === 'removed') return `${label}: ${valuesText(change.before, w)}`;
  return `${label}: ${valuesText(change.before, w)} → ${valuesText(change.after, w)}`;
}

/** "added" / "removed" said of a part, agreeing with it: "Потерпевший № 1 добавлен", "Судимость № 1 добавлена". */
export const partStatusText = (part: ChangePart, status: 'added' | 'removed', w: Wording): string =>
  w.t(`history.change.${status}.${part.kind}`, { defaultValue: w.t(`history.change.${status}.event`) });

/** One change on one line: "Defendant 1 (Аманов Е.), added: Full name: Аманов Е.". */
export function changeText(change: FieldChange, w: Wording): string {
  if (!change.part) return fieldText(change, w);
  const part = partText(change.part, w);
  const status = change.change === 'changed' ? '' : `, ${partStatusText(change.part, change.change, w)}`;
  return `${part}${status}: ${fieldText(change, w)}`;
}

/**
 * What an entry is about: "Case 245100031000123" — its type and the name people know it by (its id
 * when it has none); a setting by what it sets ("Setting: Interface language"), never by its key; a
 * reference value by its label in the language ("Район Есиль"), else by its name made readable
 * ("Tactic Data leak"), never by an imported code.
 */
export function entityText(
  entry: Pick<AuditListEntry, 'entityType' | 'entityId' | 'entityLabel' | 'entityLabels'>,
  w: Wording,
): string {
  const type = w.t(`audit.entityType.${entry.entityType}`, { defaultValue: entry.entityType });
  const setting = entry.entityType === 'setting' ? settingLabel(entry.entityId) : null;
  if (setting) {
    const review = setting.reviewLanguage
      ? ` (${w.t(`history.value.reviewText.${setting.reviewLanguage}`)})`
      : '';
    return `${type}: ${w.t(setting.label)}${review}`;
  }
  const label = entry.entityLabel ?? entry.entityId;
  // A reference value by its label in the words' language; without one its stored name, which may be
  // a code from an import ("data-leak"), read as words.
  const isReference = (referenceKinds as readonly string[]).includes(entry.entityType);
  if (!isReference) return `${type} ${label}`;
  return `${type} ${entry.entityLabels?.[w.language]?.trim() || readableName(label)}`;
}

/** An audit action in words; an action this version does not know reads as stored. */
export const actionText = (action: string, w: Wording): string =>
  w.t(actionLabelKey(action), { defaultValue: action });

/** Who wrote an entry: "Ольга Петрова (olga)", "Command line (ivanov)", or the actor as stored. */
export function actorText(entry: { actor: string; actorName: string | null }, w: Wording): string {
  const login = actorLogin(entry.actor);
  if (login !== null)
    return entry.actorName ? w.t('history.actor.user', { name: entry.actorName, login }) : login;
  if (entry.actor.startsWith('cli:'))
    return w.t('history.actor.cli', { name: entry.actor.slice('cli:'.length) });
  if (entry.actor === 'system') return w.t('history.actor.system');
  return entry.actor;
}
