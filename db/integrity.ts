import type { Database } from 'better-sqlite3';

/** Lines of a failed integrity check quoted in the report: the first say where the damage is. */
export const DAMAGE_LINES = 5;

/** The first lines of `PRAGMA integrity_check` (or `quick_check`), or null when it says ok. */
export function integrityProblems(db: Database, pragma: 'integrity_check' | 'quick_check'): string | null {
  let lines: string[];
  try {
    lines = (db.pragma(`${pragma}(${DAMAGE_LINES})`) as Record<string, string>[]).map(
      (r) => Object.values(r)[0]!,
    );
  } catch (error) {
    // A page too damaged to read fails the check itself ("database disk image is malformed").
    return (error as Error).message;
  }
  return problemsIn(lines);
}

/** What an integrity check found, as `integrityProblems` words it (null: every page sound). */
export interface PagesChecked {
  damage: string | null;
}

/** What the lines an integrity check printed say: null for "ok", else its problems on one line. */
export function problemsIn(lines: string[]): string | null {
  if (lines.length === 1 && lines[0] === 'ok') return null;
  // The first line may name the schema on a line of its own ("*** in database main ***"): one line here.
  return lines
    .flatMap((line) => line.split('\n'))
    .filter((line) => !line.startsWith('*** in database'))
    .join('; ');
}
