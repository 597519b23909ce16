import type { Readers } from '../../../db/ports';
import { todayIso } from '../../../shared/dates';
import type { AuditFilter, AuditListEntry } from '../../../shared/domain/audit-view';
import { DomainError } from '../../errors';
import { actorNames, toListEntry } from './list-entry';
import { auditQuery } from './trail';

/** An entry as an export prints it: the list's columns and its place in the chain. */
export interface ExportedEntry extends AuditListEntry {
  prevHash: string;
  hash: string;
}

export interface ExportedTrail {
  /** The head of the whole chain when the export was read; null while the trail is empty. */
  head: { seq: number; hash: string } | null;
  /** The matching entries up to the head, oldest first. */
  entries: ExportedEntry[];
}

const BATCH = 2000;

/**
 * The filtered trail up to the chain's head at this moment, oldest first. Entries written while it is
 * read come after the head and are left out, so the file and the head printed on it agree.
 * More than `limit.max` matching entries are refused before any is read, worded by `limit.tooManyKey`
 * with the counts as `format` writes them.
 */
export async function readExportedTrail(
  r: Readers,
  filter: AuditFilter,
  limit: { max: number; tooManyKey: string; format: (n: number) => string },
): Promise<ExportedTrail> {
  const head = await r.audit.latest();
  if (!head) return { head: null, entries: [] };
  const query = await auditQuery(r, filter);
  const count = await r.audit.countMatching(query, head.seq);
  if (count > limit.max) {
    throw new DomainError('rule_violation', limit.tooManyKey, {
      count: limit.format(count),
      limit: limit.format(limit.max),
    });
  }
  const names = await actorNames(r);
  const entries: ExportedEntry[] = [];
  for (let after = 0; ;) {
    const batch = await r.audit.matching(query, after, head.seq, BATCH);
    for (const entry of batch) {
      entries.push({ ...toListEntry(entry, names), prevHash: entry.prevHash, hash: entry.hash });
    }
    const last = batch.at(-1);
    if (!last || batch.length < BATCH) break;
    after = last.seq;
  }
  return { head: { seq: head.seq, hash: head.hash }, entries };
}

/** `nadzor-audit-2026-11-23.csv`: the local day of the export. */
export const auditFileName = (now: Date, extension: 'csv' | 'pdf' | 'xlsx'): string =>
  `nadzor-audit-${todayIso(now)}.${extension}`;
