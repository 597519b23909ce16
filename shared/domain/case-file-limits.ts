import type { KeyedIssue } from '../validation';

/*
 * What an import takes at most, so a hostile or mistaken file is refused before it costs the memory
 * of reading and checking it: its size (checked before the file is read whole: the command line asks
 * the file system, the Import screen the browser's File, the API the text it was sent), and how deep
 * its arrays and objects nest (checked before the text is parsed: the checks that walk the value
 * recurse, and 100,000 '[' would overflow their stack).
 */

/** 256 MiB: about 250,000 cases with their parties; a larger register is imported in parts. */
export const MAX_CASE_FILE_BYTES = 256 * 1024 * 1024;
/** A case file nests 7 levels at most (persons › periods › events); anything past this is not one. */
export const MAX_CASE_FILE_DEPTH = 64;

const MIB = 1024 * 1024;

/** The refusal of a file of `bytes` bytes, or null when an import takes it. */
export function sizeProblem(bytes: number): KeyedIssue | null {
  if (bytes <= MAX_CASE_FILE_BYTES) return null;
  return {
    path: '',
    key: 'errors.import.tooLarge',
    // Rounded up, so a file just over the limit never reads as equal to it.
    params: { size: Math.ceil(bytes / MIB), limit: MAX_CASE_FILE_BYTES / MIB },
  };
}

/**
 * The refusal of a text whose arrays and objects nest deeper than MAX_CASE_FILE_DEPTH, with the line
 * where it goes too deep; null otherwise. One pass over the characters, brackets inside strings ignored.
 */
export function nestingProblem(text: string, limit = MAX_CASE_FILE_DEPTH): KeyedIssue | null {
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line += 1;
    if (inString) {
      if (c === 92)
        i += 1; // a backslash: the next character is escaped
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth += 1;
      if (depth > limit) return { path: '', key: 'errors.import.tooDeep', params: { limit, line } };
    } else if (c === 93 || c === 125) depth -= 1;
  }
  return null;
}
