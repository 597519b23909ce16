import type { WriteTx } from '../../db/ports';
import { StaleVersion } from '../../db/stale-version';
import { formatsFor } from '../../shared/format';
import type { HandlerContext } from '../context';
import { DomainError } from '../errors';
import { actorNames, toListEntry } from './audit/list-entry';
import { trailWords } from './audit/trail-words';

/** Where each versioned record's refusals are worded. */
const messages = { case: 'errors.case', person: 'errors.monitoring' } as const;

/**
 * The refusal of an edit made on an older version of a record than the stored one: it names who wrote
 * the record last and when, from its last audit entry (the entry of the write in between).
 */
async function changedMeanwhile(ctx: HandlerContext, stale: StaleVersion): Promise<DomainError> {
  const last = await ctx.store.read(async (r) => {
    // Only the newest entry: a busy record's whole history would be read (and parsed) at every refusal.
    const { entries } = await r.audit.list(
      { entities: [{ type: stale.entity, id: String(stale.id) }] },
      0,
      1,
    );
    const entry = entries[0];
    return entry ? toListEntry(entry, await actorNames(r)) : null;
  });
  const prefix = messages[stale.entity];
  if (!last) return new DomainError('stale_version', `${prefix}.changedMeanwhile`);
  return new DomainError('stale_version', `${prefix}.changedBy`, {
    name: trailWords(ctx.language).actor(last.actor, last.actorName),
    at: formatsFor(ctx.language).minute(last.at),
  });
}

/** One write as the caller; an edit it makes on a stale version is refused naming who changed the record. */
export async function writeUnlessStale<T>(ctx: HandlerContext, fn: (tx: WriteTx) => Promise<T>): Promise<T> {
  try {
    return await ctx.store.write(ctx.actor, fn);
  } catch (error) {
    if (error instanceof StaleVersion) throw await changedMeanwhile(ctx, error);
    throw error;
  }
}
