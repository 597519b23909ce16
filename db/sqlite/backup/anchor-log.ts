import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnchorCheck, TrailAnchor } from '../../../shared/domain/audit-view';

/**
 * The anchor log: one line per backup (and per restore) in the backup folder, outside the database:
 * the trail's length and head hash at that moment. Someone with the database file can rewrite the
 * whole chain after an entry, or cut its tail, and the chain alone still verifies; a head written
 * here earlier no longer holds then, and every `audit verify` checks each one.
 */
export const ANCHOR_LOG_NAME = 'audit-anchors.log';

export interface AnchorLine {
  /** `backup`: a backup was made; `restore`: the database was replaced by `file`, and lines before it
   * describe the trail it replaced (kept as history, no longer checked). */
  event: 'backup' | 'restore';
  at: string;
  count: number;
  hash: string;
  file: string;
  cases: number;
  bytes: number;
}

export const anchorLogPath = (folder: string) => join(folder, ANCHOR_LOG_NAME);

export function appendAnchorLine(folder: string, line: AnchorLine): void {
  appendFileSync(anchorLogPath(folder), `${JSON.stringify(line)}\n`, { encoding: 'utf8' });
}

/** A line of the log as read back: its number (from 1) and, when it cannot be read, why. */
export type ReadLine = { number: number } & ({ line: AnchorLine } | { unreadable: string });

const isAnchorLine = (v: unknown): v is AnchorLine => {
  const l = v as AnchorLine;
  return (
    typeof v === 'object' &&
    v !== null &&
    (l.event === 'backup' || l.event === 'restore') &&
    typeof l.at === 'string' &&
    Number.isInteger(l.count) &&
    l.count >= 0 &&
    typeof l.hash === 'string' &&
    /^[0-9a-f]{64}$/.test(l.hash) &&
    typeof l.file === 'string'
  );
};

/** Every line of the log; null when there is no log (no backup was made into this folder yet). */
export function readAnchorLog(folder: string): ReadLine[] | null {
  let text: string;
  try {
    text = readFileSync(anchorLogPath(folder), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.map((raw, i) => {
    try {
      const parsed: unknown = JSON.parse(raw);
      if (isAnchorLine(parsed)) return { number: i + 1, line: parsed };
    } catch {
      // worded below
    }
    return { number: i + 1, unreadable: raw.slice(0, 60) };
  });
}

/** The lines that describe the current database: those from the latest restore on. */
export function currentLines(lines: ReadLine[]): ReadLine[] {
  const lastRestore = lines.findLastIndex((l) => 'line' in l && l.line.event === 'restore');
  return lastRestore < 0 ? lines : lines.slice(lastRestore);
}

/**
 * Whether the trail, which verified, still holds an anchor: the same three answers as
 * `audit verify --anchor` (shared/domain/audit-view.ts AnchorCheck). `hashAt` is the verified
 * entry's hash at a position, null past the end.
 */
export function checkAnchor(anchor: TrailAnchor, entries: number, hashAt: string | null): AnchorCheck {
  if (hashAt === null) return { ...anchor, holds: false, why: 'truncated', entries };
  if (hashAt !== anchor.hash) return { ...anchor, holds: false, why: 'rewritten', found: hashAt };
  return { ...anchor, holds: true };
}

/** An anchor that does not hold, worded for `audit verify` (the CLI's `--anchor` words it so too). */
export function anchorFailure(anchor: AnchorCheck & { holds: false }): string {
  const named = `${anchor.count}:${anchor.hash}`;
  return anchor.why === 'truncated'
    ? `${named} does not hold: the trail has only ${anchor.entries} entries: it was cut back since`
    : `${named} does not hold: entry #${anchor.count} now has hash ${anchor.found}: the trail was rewritten since`;
}
