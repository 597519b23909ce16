import type { KeyedIssue } from '../validation';

/*
 * A case file's bytes as text: UTF-8 (with or without its byte-order mark) and nothing else. A
 * Windows-1251 or UTF-16 file read as UTF-8 would turn its Cyrillic into replacement characters
 * ("new districts: ������"), so it is refused and named as what it is. Used where the bytes are read:
 * the command line and the Import screen.
 */

const problem = (key: string, params?: Record<string, string | number>): KeyedIssue => ({
  path: '',
  key,
  ...(params ? { params } : {}),
});

export type DecodedFile = { ok: true; text: string } | { ok: false; problem: KeyedIssue };

/** Whether most bytes are zero at every other place: UTF-16 text of mostly Latin letters or digits. */
function looksUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 2048);
  let zeros = 0;
  for (const byte of sample) if (byte === 0) zeros += 1;
  return sample.length >= 4 && zeros >= sample.length / 4;
}

/** Whether the bytes past ASCII are mostly Windows-1251's letters (0xC0–0xFF: А–я). */
function looksCp1251(bytes: Uint8Array): boolean {
  let high = 0;
  let letters = 0;
  for (const byte of bytes) {
    if (byte < 0x80) continue;
    high += 1;
    if (byte >= 0xc0) letters += 1;
  }
  return high > 0 && letters >= high * 0.6;
}

/** The file's text, read as UTF-8 (with or without its byte-order mark) and nothing else. */
export function decodeCaseFile(bytes: Uint8Array): DecodedFile {
  if (
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    looksUtf16(bytes)
  )
    return { ok: false, problem: problem('errors.import.utf16') };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    if (looksCp1251(bytes)) return { ok: false, problem: problem('errors.import.cp1251') };
    // Where to look: the line of the first byte that is not UTF-8 (decoded leniently, it is U+FFFD).
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const line = lenient.slice(0, lenient.indexOf('\uFFFD')).split('\n').length;
    return { ok: false, problem: problem('errors.import.notUtf8', { line }) };
  }
}
