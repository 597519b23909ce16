import type { FieldChange } from '../../../../shared/domain/audit-view';
import { importFields, referenceFields, userFields } from './fields';
import { recordChanges, type Row } from './records';
import type { ChangeLookup } from './values';

/** The actions that set a new password (the time it changed says so too, unless the clock stood still). */
const PASSWORD_ACTIONS = new Set(['user.resetPassword', 'user.changePassword']);

/**
 * One change of an account. The trail never holds a password or its hash; a new password is worded
 * "password changed" (a new account's first password goes unsaid).
 */
export function userChanges(
  before: Row | null,
  after: Row | null,
  lookup: ChangeLookup,
  action: string,
): FieldChange[] {
  const changes = recordChanges(userFields, before, after, lookup);
  if (
    before &&
    after &&
    (before.password_changed_at !== after.password_changed_at || PASSWORD_ACTIONS.has(action))
  ) {
    changes.push({ field: 'history.field.user.passwordChanged', change: 'changed', before: [], after: [] });
  }
  return changes;
}

export function referenceChanges(
  kind: keyof typeof referenceFields,
  before: Row | null,
  after: Row | null,
  lookup: ChangeLookup,
): FieldChange[] {
  return recordChanges(referenceFields[kind], before, after, lookup);
}

export function importRunChanges(before: Row | null, after: Row | null, lookup: ChangeLookup): FieldChange[] {
  return recordChanges(importFields, before, after, lookup);
}
