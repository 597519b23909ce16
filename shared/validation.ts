import type { z } from 'zod';
import type { FieldIssue } from './result';

/** `['cases', 12, 'defendants', 0, 'sex']` → `cases[12].defendants[0].sex`, the spec's path form. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

type Translate = (key: string, params?: Record<string, string | number>) => string;

/**
 * Turns zod issues into field issues with i18n keys. Schemas in shared/ give their own keys as messages
 * (`errors.…`); zod's built-in checks are mapped here so no English text from zod reaches a user.
 */
export function toFieldIssues(error: z.ZodError, translate: Translate): FieldIssue[] {
  return wordIssues(zodIssueKeys(error), translate);
}

/** Keyed issues (path, i18n key, params) from zod, with `prefix` put before each path. */
export function zodIssueKeys(error: z.ZodError, prefix: PropertyKey[] = []): KeyedIssue[] {
  const issues: KeyedIssue[] = [];
  for (const issue of error.issues) {
    // One issue per unknown key, at the key's own path, so each typo is pointed at where it is.
    const described =
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((k) => ({ key: 'errors.unknownKey', params: { key: k }, path: [...issue.path, k] }))
        : [describe(issue)];
    for (const { key, params, path } of described)
      issues.push({ path: formatPath([...prefix, ...path]), key, params });
  }
  return issues;
}

export interface KeyedIssue {
  path: string;
  key: string;
  params?: Record<string, string | number>;
}

export function wordIssues(issues: KeyedIssue[], translate: Translate): FieldIssue[] {
  return issues.map((i) => ({
    path: i.path,
    key: i.key,
    params: i.params ?? {},
    message: translate(i.key, i.params),
  }));
}

interface Described {
  key: string;
  params: Record<string, string | number>;
  path: PropertyKey[];
}

function describe(issue: z.core.$ZodIssue): Described {
  const path = [...issue.path];
  if (issue.message.startsWith('errors.')) return { key: issue.message, params: {}, path };
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { key: 'errors.required', params: {}, path }
        : { key: 'errors.invalidType', params: { expected: issue.expected }, path };
    case 'too_big':
      return issue.origin === 'string'
        ? { key: 'errors.tooLong', params: { maximum: Number(issue.maximum) }, path }
        : { key: 'errors.tooBig', params: { maximum: Number(issue.maximum) }, path };
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1
        ? { key: 'errors.required', params: {}, path }
        : { key: 'errors.tooSmall', params: { minimum: Number(issue.minimum) }, path };
    case 'invalid_value':
      return {
        key: 'errors.oneOf',
        params: { options: issue.values.map((v) => JSON.stringify(v)).join(', ') },
        path,
      };
    default:
      return { key: 'errors.invalid', params: {}, path };
  }
}
