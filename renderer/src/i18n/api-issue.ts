import type { i18n as I18n } from 'i18next';
import type { ApiError, FieldIssue } from '../../../shared/result';

/** A field issue from the API in the current UI language; the backend's own wording if the key is new to us. */
export function issueText(issue: FieldIssue, i18n: I18n): string {
  return i18n.exists(issue.key) ? i18n.t(issue.key, issue.params ?? {}) : issue.message;
}

/**
 * A refusal in the current UI language. One worded outside the backend (no key: a network failure, the
 * office server's own answer) stays as it came.
 */
export function errorText(error: ApiError, i18n: I18n): string {
  return error.key && i18n.exists(error.key) ? i18n.t(error.key, error.params ?? {}) : error.message;
}
