import type { AuditReader } from '../../ports';
import { anchorFailure, anchorLogPath, checkAnchor, currentLines, readAnchorLog } from './anchor-log';

/** What the anchor log says of the current trail: nothing to check, every line holds, or the first that does not. */
export type AnchorLogCheck =
  | { log: null; checked: 0; problem?: undefined }
  | { log: string; checked: number; problem?: undefined }
  | { log: string; checked: number; problem: string; lineNumber: number; file: string; count: number };

/**
 * Checks every anchor the backup folder's log holds for the current database (the lines from its
 * latest restore on) against the trail, which must have verified first: the verified chain gives the
 * hash at each position, so one pass of `audit verify` checks any number of anchors.
 */
export async function checkAnchorLog(
  folder: string,
  audit: Pick<AuditReader, 'entry'>,
  entries: number,
): Promise<AnchorLogCheck> {
  const lines = readAnchorLog(folder);
  const log = anchorLogPath(folder);
  if (lines === null) return { log: null, checked: 0 };
  let checked = 0;
  for (const read of currentLines(lines)) {
    if (!('line' in read))
      return {
        log,
        checked,
        lineNumber: read.number,
        file: '',
        count: 0,
        problem: `anchor log ${log} line ${read.number} cannot be read ("${read.unreadable}"): it was altered`,
      };
    const { line } = read;
    if (line.count === 0) continue;
    const entry = line.count <= entries ? await audit.entry(line.count) : null;
    const check = checkAnchor({ count: line.count, hash: line.hash }, entries, entry?.hash ?? null);
    checked += 1;
    if (!check.holds) {
      const what = line.event === 'restore' ? `restore of ${line.file}` : `backup ${line.file}`;
      return {
        log,
        checked,
        lineNumber: read.number,
        file: line.file,
        count: line.count,
        problem: `anchor log ${log} line ${read.number} (${what} at ${line.at}): ${anchorFailure(check)}`,
      };
    }
  }
  return { log, checked };
}
