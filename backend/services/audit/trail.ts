import type { AuditQuery, Readers } from '../../../db/ports';
import type { Page } from '../../../shared/domain/case';
import type { AuditFacets, AuditFilter, AuditListEntry } from '../../../shared/domain/audit-view';
import { actorNames, toListEntry } from './list-entry';

/**
 * Midnight at the start of a calendar day on this computer's clock, as the trail writes times (UTC ISO).
 * Nadzor runs on the PC its users sit at, so "23 November" means their 23 November, not UTC's.
 */
function startOfLocalDay(isoDate: string, plusDays = 0): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day + plusDays).toISOString();
}

/** The filter as the trail's indexes take it: days become moments, an entity's name becomes its keys. */
export async function auditQuery(r: Readers, filter: AuditFilter): Promise<AuditQuery> {
  const query: AuditQuery = {};
  if (filter.actor !== undefined) query.actor = filter.actor;
  if (filter.from !== undefined) query.since = startOfLocalDay(filter.from);
  if (filter.to !== undefined) query.until = startOfLocalDay(filter.to, 1);
  if (filter.action !== undefined) query.action = filter.action;
  if (filter.entityType !== undefined) query.entityType = filter.entityType;
  const named = filter.entityId?.trim();
  if (named) query.entities = await r.audit.entitiesNamed(named, filter.entityType);
  if (filter.importId !== undefined) query.importId = filter.importId;
  return query;
}

/** One page of the trail, newest first. */
export async function listTrail(
  r: Readers,
  { page, pageSize, ...filter }: AuditFilter & { page: number; pageSize: number },
): Promise<Page<AuditListEntry>> {
  const [query, names] = await Promise.all([auditQuery(r, filter), actorNames(r)]);
  const { entries, total } = await r.audit.list(query, (page - 1) * pageSize, pageSize);
  return { items: entries.map((entry) => toListEntry(entry, names)), total, page, pageSize };
}

/** Who and what the trail holds, for the filters: accounts by full name, others by their actor. */
export async function trailFacets(r: Readers): Promise<AuditFacets> {
  const [{ actors, actions }, names] = await Promise.all([r.audit.facets(), actorNames(r)]);
  return {
    actors: actors.map((actor) => ({
      actor,
      name: actor.startsWith('user:') ? (names.get(actor.toLowerCase()) ?? null) : null,
    })),
    actions,
  };
}
