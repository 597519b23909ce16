import type { i18n as I18n } from 'i18next';
import type { FieldIssue } from '../../../shared/result';

/** A field issue from the API in the current UI language; the backend's own wording if the key is new to us. */
export function issueText(issue: FieldIssue, i18n: I18n): string {
  return i18n.exists(issue.key) ? i18n.t(issue.key, issue.params ?? {}) : issue.message;
}
