import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute } from 'node:path';
import { z } from 'zod';

/**
 * The database file the person chose after the usual one was refused at startup (startup-recovery.ts),
 * kept in the data folder beside window-state.json so the next start opens the same file.
 */
const choiceSchema = z.object({ dbPath: z.string().min(1).refine(isAbsolute) });

/** The remembered file, or null when there is none or the record does not validate (hand-edited, half-written). */
export function loadChosenDatabase(file: string): string | null {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
  const parsed = choiceSchema.safeParse(raw);
  return parsed.success ? parsed.data.dbPath : null;
}

/** Remembers a file (written beside and renamed, never half-written), or forgets the choice (null). */
export function saveChosenDatabase(file: string, dbPath: string | null): void {
  try {
    if (dbPath === null) return rmSync(file, { force: true });
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.tmp`, JSON.stringify({ dbPath }));
    renameSync(`${file}.tmp`, file);
  } catch (error) {
    console.warn('nadzor: could not keep the chosen database file', error);
  }
}
