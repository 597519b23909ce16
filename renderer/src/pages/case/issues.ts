import type { FormInstance } from 'antd';
import type { i18n as I18n } from 'i18next';
import { datesWritten } from '../../../../shared/format';
import type { ApiError, FieldIssue } from '../../../../shared/result';
import { issueText } from '../../i18n/api-issue';

/** Which control of the open form an issue's path concerns, if any. */
export type FieldOf<F extends string> = (path: string) => F | undefined;

/** A field issue in the UI language, with any ISO date in it written as the UI writes dates. */
export function issueMessage(issue: FieldIssue, i18n: I18n, date: (iso: string) => string): string {
  return issueText({ ...issue, params: datesWritten(issue.params, date) }, i18n);
}

/** `defendants[0].sentence.on` → `on`: the name the field has in the forms and locale keys. */
const fieldName = (path: string) => (path.split('.').pop() ?? path).replace(/\[\d+\]$/, '');

/**
 * Puts each issue of a failed action on the control it concerns. Returns the text to show above the
 * form for everything else (each prefixed with the field's name when it has one), the error's own
 * message when it has no issues at all, or null when every issue found its control.
 */
export function showIssues<F extends string>(
  form: FormInstance,
  error: ApiError,
  fieldOf: FieldOf<F>,
  i18n: I18n,
  date: (iso: string) => string,
): string | null {
  const issues = error.issues ?? [];
  const byField = new Map<F, string[]>();
  const rest: string[] = [];
  for (const issue of issues) {
    const text = issueMessage(issue, i18n, date);
    const field = fieldOf(issue.path);
    if (field) {
      byField.set(field, [...(byField.get(field) ?? []), text]);
      continue;
    }
    const label = `caseView.field.${fieldName(issue.path)}`;
    rest.push(
      i18n.exists(label) ? i18n.t('caseView.issueAt', { field: i18n.t(label), message: text }) : text,
    );
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  if (issues.length === 0) return error.message;
  return rest.length ? onceEach(rest).join('; ') : null;
}

/** Each text once, with how many times it came when more than once (13 events outside a new term). */
function onceEach(texts: string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1);
  return [...counts].map(([text, count]) => (count > 1 ? `${text} (×${count})` : text));
}

/**
 * A matcher for paths under one party or the action's own input: `partyPaths('victim', 'victims')`
 * maps both `victim.birthYear` (input checks) and `victims[2].birthYear` (pipeline rules) to `birthYear`.
 */
export function partyPaths<F extends string>(fields: readonly F[], ...prefixes: string[]): FieldOf<F> {
  const pattern = new RegExp(`^(?:${prefixes.join('|')})\\.(.+)$`);
  return (path) => {
    const rest = pattern.exec(path)?.[1];
    return fields.find((field) => field === rest);
  };
}
