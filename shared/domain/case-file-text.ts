import { printParseErrorCode, visit } from 'jsonc-parser';
import { nestingProblem } from './case-file-limits';
import { formatPath, type KeyedIssue } from '../validation';

/*
 * A case file's text (decoded by case-file-encoding.ts) before its content is checked (docs/case-file.md): UTF-8 JSON, each key once in
 * its object, every string well-formed Unicode. Anything else is refused at its place with a reason a
 * person can act on, rather than read into something else: a repeated key would silently keep its last
 * value, and a lone UTF-16 surrogate would be stored as invalid UTF-8 that no export can write back.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Every key repeated within its object, at the object's path. */
function repeatedKeys(text: string): KeyedIssue[] {
  const found: KeyedIssue[] = [];
  const open: Set<string>[] = [];
  visit(
    text,
    {
      onObjectBegin: () => void open.push(new Set()),
      onObjectEnd: () => void open.pop(),
      onObjectProperty: (property, _offset, _length, _line, _character, pathSupplier) => {
        const keys = open.at(-1);
        if (!keys) return;
        if (keys.has(property))
          found.push({
            path: formatPath(pathSupplier()),
            key: 'errors.import.repeatedKey',
            params: { key: property },
          });
        keys.add(property);
      },
    },
    { disallowComments: true },
  );
  return found;
}

/** Every string and key holding half of a UTF-16 pair (`"\ud800"`), at its path. */
function loneSurrogates(
  value: unknown,
  path: (string | number)[] = [],
  found: KeyedIssue[] = [],
): KeyedIssue[] {
  if (typeof value === 'string') {
    if (LONE_SURROGATE.test(value))
      found.push({ path: formatPath(path), key: 'errors.import.loneSurrogate' });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => loneSurrogates(item, [...path, index], found));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (LONE_SURROGATE.test(key))
        found.push({ path: formatPath(path), key: 'errors.import.loneSurrogate' });
      loneSurrogates(item, [...path, key], found);
    }
  }
  return found;
}

/** The syntax problems worded on their own; any other is `errors.import.json.other`. */
const WORDED_SYNTAX = new Set([
  'ColonExpected',
  'CommaExpected',
  'ValueExpected',
  'PropertyNameExpected',
  'CloseBraceExpected',
  'CloseBracketExpected',
  'EndOfFileExpected',
  'UnexpectedEndOfString',
  'InvalidCharacter',
  'InvalidCommentToken',
]);

/**
 * Where and why a text that JSON.parse refused is not JSON: its first error as jsonc-parser finds it,
 * by line and column (from 1), since JSON.parse names only an offset, in English.
 */
function syntaxProblem(text: string): KeyedIssue {
  let found: KeyedIssue | null = null;
  visit(
    text,
    {
      onError: (error, _offset, _length, startLine, startCharacter) => {
        if (found) return;
        const code = printParseErrorCode(error);
        found = {
          path: '',
          key: `errors.import.json.${WORDED_SYNTAX.has(code) ? code : 'other'}`,
          params: { line: startLine + 1, column: startCharacter + 1 },
        };
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  return found ?? { path: '', key: 'errors.import.json.other', params: { line: 1, column: 1 } };
}

export type ParsedText = { ok: true; value: unknown } | { ok: false; problems: KeyedIssue[] };

/** The file's JSON value, or every problem of its text (too deep, invalid JSON, repeated keys, broken strings). */
export function parseCaseFileText(text: string): ParsedText {
  const body = text.replace(/^\uFEFF/, '');
  // First, as the checks below walk the text and the value recursively.
  const tooDeep = nestingProblem(body);
  if (tooDeep) return { ok: false, problems: [tooDeep] };
  let value: unknown;
  try {
    value = JSON.parse(body) as unknown;
  } catch {
    return { ok: false, problems: [syntaxProblem(body)] };
  }
  const problems = [...repeatedKeys(body), ...loneSurrogates(value)];
  return problems.length ? { ok: false, problems } : { ok: true, value };
}
