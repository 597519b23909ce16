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
        ? issue.keys
            .map(shownText)
            .map((k) => ({ key: 'errors.unknownKey', params: { key: k }, path: [...issue.path, k] }))
        : [describe(issue)];
    for (const { key, params, path } of described)
      issues.push({ path: formatPath([...prefix, ...path]), key, params });
  }
  return issues;
}

const SHOWN_LENGTH = 60;

/**
 * Text from the input as a message shows it (an unknown key, a name a check repeats): cut to its first
 * characters (whole code points), so a hundred thousand characters of hostile input are not echoed
 * back whole in the path and the message.
 */
function shownText(text: string): string {
  const chars = Array.from(text);
  return chars.length > SHOWN_LENGTH ? `${chars.slice(0, SHOWN_LENGTH).join('')}…` : text;
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

/**
 * Parses `value` with `schema` and keeps each issue's input, so a missing value ("required") can be
 * told from a wrong one ("expected a number"). Every place that words zod issues parses through this.
 */
export function checkInput<S extends z.ZodType>(schema: S, value: unknown) {
  return schema.safeParse(value, { reportInput: true });
}

/** The wording of a value of the wrong type, by the type zod expected. */
const typeKeys: Record<string, string> = {
  number: 'errors.number',
  int: 'errors.integer',
  bigint: 'errors.integer',
  boolean: 'errors.boolean',
  string: 'errors.text',
  array: 'errors.list',
  object: 'errors.object',
};

/**
 * The parameters a message may need (its limit, its options), taken from the issue itself, so a
 * schema's own key (`.max(200, { error: 'errors.tooLong' })`) is filled in just as the mapped one is.
 */
function paramsOf(issue: z.core.$ZodIssue): Record<string, string | number> {
  switch (issue.code) {
    case 'too_big':
      return { maximum: Number(issue.maximum) };
    case 'too_small':
      return { minimum: Number(issue.minimum) };
    case 'invalid_value':
      return { options: issue.values.map((v) => JSON.stringify(v)).join(', ') };
    case 'custom':
      // A schema's own check names what its message needs (the year a period must end in…).
      // Its check may repeat a value that failed its own length check too (zod runs both).
      return Object.fromEntries(
        Object.entries(issue.params ?? {}).flatMap(([k, v]): [string, string | number][] =>
          typeof v === 'string' ? [[k, shownText(v)]] : typeof v === 'number' ? [[k, v]] : [],
        ),
      );
    default:
      return {};
  }
}

/** Missing means undefined or null; known only when the issue carries its input (`checkInput`). */
const isMissing = (issue: z.core.$ZodIssue) =>
  'input' in issue && (issue.input === undefined || issue.input === null);

function describe(issue: z.core.$ZodIssue): Described {
  const path = [...issue.path];
  const params = paramsOf(issue);
  // A schema that words a wrong type as "required" is right only when the value is missing.
  const wrongType = issue.code === 'invalid_type' && 'input' in issue && !isMissing(issue);
  if (issue.message.startsWith('errors.') && !(wrongType && issue.message === 'errors.required'))
    return { key: issue.message, params, path };
  return { key: keyOf(issue), params, path };
}

/** The i18n key of one of zod's own checks. */
export function keyOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return isMissing(issue) ? 'errors.required' : (typeKeys[issue.expected] ?? 'errors.invalid');
    case 'too_big':
      return issue.origin === 'string' ? 'errors.tooLong' : 'errors.tooBig';
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) === 1 ? 'errors.required' : 'errors.tooShort';
      return 'errors.tooSmall';
    case 'invalid_value':
      return 'errors.oneOf';
    default:
      return 'errors.invalid';
  }
}
