import { spawnSync } from 'node:child_process';

/**
 * The text of a PDF as poppler's pdftotext reads it. In `layout` order the page's layout is kept (a
 * table row stays on one line; tables side by side share their lines). In `drawn` order the text
 * comes as it was drawn (pdftotext -raw): a table whole, its cells one after another, row by row,
 * whatever the column widths (-layout may drop the space of a narrow "4 %" cell). Narrow no-break
 * spaces and no-break spaces read as plain spaces.
 */
export function pdfText(pdf: Buffer, order: 'layout' | 'drawn' = 'layout'): string {
  const mode = order === 'layout' ? '-layout' : '-raw';
  const result = spawnSync('pdftotext', [mode, '-enc', 'UTF-8', '-', '-'], {
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

/**
 * Of the named tables (head row, then rows: label first, then its cells), those that the PDF's text
 * in drawn order does not hold whole, cell after cell, each with the text it was looked for as.
 */
export function missingTables(drawnText: string, tables: Record<string, string[][]>): [string, string][] {
  const text = ` ${flowing(drawnText)} `;
  return Object.entries(tables)
    .map(([name, rows]): [string, string] => [name, ` ${rows.map((row) => row.join(' ')).join(' ')} `])
    .filter(([, drawn]) => !text.includes(drawn));
}
