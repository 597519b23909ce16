import type { i18n as I18n } from 'i18next';
import type { FieldIssue } from '../../../shared/result';
import { issueMessage } from '../pages/case/issues';

export interface IssueRow {
  key: number;
  path: string;
  message: string;
}

/**
 * A file's problems as the table lists them: each with its path, worded in the UI language with any
 * date in it written as the UI writes dates (`09.12.2026` in Russian, never `2026-12-09`).
 */
export const issueRows = (issues: FieldIssue[], i18n: I18n, date: (iso: string) => string): IssueRow[] =>
  issues.map((issue, key) => ({ key, path: issue.path, message: issueMessage(issue, i18n, date) }));
