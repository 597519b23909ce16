import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { connectionChoice, type ConnectionChoice } from '../shared/domain/connection';

/** The file in the app's data folder that keeps the first start's choice. */
export const CONNECTION_FILE = 'connection.json';

export const connectionFileIn = (dataDir: string) => join(dataDir, CONNECTION_FILE);

/**
 * What the data folder says: nothing chosen yet (the first start), the choice, or a file that cannot
 * be read as one (`reason` in plain words: bad JSON, an unknown mode, a malformed fingerprint). A bad
 * file is never taken for a choice: the first start asks again, saying why.
 */
export type StoredConnection =
  { state: 'none' } | { state: 'chosen'; choice: ConnectionChoice } | { state: 'unreadable'; reason: string };

export function readConnection(file: string): StoredConnection {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'none' };
    return { state: 'unreadable', reason: (error as Error).message };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { state: 'unreadable', reason: `not JSON (${(error as Error).message})` };
  }
  const parsed = connectionChoice.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues.map((issue) => issue.path.join('.') || 'mode').join(', ');
    return { state: 'unreadable', reason: `not a connection choice (${where})` };
  }
  return { state: 'chosen', choice: parsed.data };
}

/** Writes the choice whole or not at all (a temporary file renamed over), so a crash leaves no half. */
export function writeConnection(file: string, choice: ConnectionChoice): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(choice, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, file);
}
