import { spawnSync } from 'node:child_process';

/**
 * The text of a PDF as poppler's pdftotext reads it, page layout kept (a table row stays on one
 * line). Narrow no-break spaces and no-break spaces read as plain spaces.
 */
export function pdfText(pdf: Buffer): string {
  const result = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], {
    input: pdf,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr || String(result.error)}`);
  return result.stdout.replace(/[\u00a0\u202f]/g, ' ');
}

/** pdfinfo's fields (Title, Pages, CreationDate…). */
export function pdfInfo(pdf: Buffer): Record<string, string> {
  const result = spawnSync('pdfinfo', ['-isodates', '-'], { input: pdf, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdfinfo failed: ${result.stderr || String(result.error)}`);
  return Object.fromEntries(
    result.stdout
      .split('\n')
      .filter((line) => line.includes(':'))
      .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
  );
}

const escape = (text: string) =>
  text
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/ /g, '\\s+');

/**
 * Whether some line holds a table row: the label (its first words: a long one wraps in its cell)
 * and then these values next to each other, in order.
 */
export function hasRow(text: string, label: string, values: string[]): boolean {
  const start = label.length > 18 ? label.slice(0, 18).replace(/\s+\S*$/, '') : label;
  const row = new RegExp(`${escape(start)}.*?(^|\\s)${values.map(escape).join('\\s+')}(\\s|$)`);
  return text.split('\n').some((line) => row.test(line));
}

/** The text with every run of white space as one space, to find sentences that wrap. */
export const flowing = (text: string) => text.replace(/\s+/g, ' ');
