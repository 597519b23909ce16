import {
  auditEntityTypes,
  type AuditEntityType,
  type AuditFilter,
} from '../../../../shared/domain/audit-view';
import { isIsoDate } from '../../../../shared/dates';

/*
 * The Audit screen's query lives in the URL (`#/audit?actor=user:dana&action=case.forward&page=2`), so
 * the back button undoes a filter, a reload keeps it, and "Open in context" of an import is a link to
 * `#/audit?importId=7`. Anything in the URL that is not a valid value is ignored.
 */

export const pageSizes = [20, 50, 100, 200] as const;
const DEFAULT_PAGE_SIZE = 50;

export interface AuditListRequest {
  page: number;
  pageSize: number;
  actor?: string;
  from?: string;
  to?: string;
  action?: string;
  entityType?: AuditEntityType;
  /** An entity's id or the name people know it by (registry number, login…). */
  entityId?: string;
  importId?: number;
}

/** The filters, in the order the URL writes them. */
export const filterKeys = ['actor', 'from', 'to', 'action', 'entityType', 'entityId', 'importId'] as const;

function positiveInt(value: string | null): number | undefined {
  if (value === null || !/^\d{1,9}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 ? n : undefined;
}

function text(value: string | null, max: number): string | undefined {
  const trimmed = value?.trim();
  return trimmed && trimmed.length <= max ? trimmed : undefined;
}

const day = (value: string | null): string | undefined => (value && isIsoDate(value) ? value : undefined);

export function parseAuditParams(params: URLSearchParams): AuditListRequest {
  const pageSize = positiveInt(params.get('pageSize'));
  const entityType = params.get('entityType');
  return {
    page: positiveInt(params.get('page')) ?? 1,
    pageSize:
      pageSize !== undefined && (pageSizes as readonly number[]).includes(pageSize)
        ? pageSize
        : DEFAULT_PAGE_SIZE,
    actor: text(params.get('actor'), 200),
    from: day(params.get('from')),
    to: day(params.get('to')),
    action: text(params.get('action'), 100),
    entityType: (auditEntityTypes as readonly string[]).includes(entityType ?? '')
      ? (entityType as AuditEntityType)
      : undefined,
    entityId: text(params.get('entityId'), 100),
    importId: positiveInt(params.get('importId')),
  };
}

/** The URL query of a request; defaults are left out so links stay short. */
export function toAuditParams(request: Partial<AuditListRequest>): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of filterKeys) {
    const value = request[key];
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  if (request.pageSize !== undefined && request.pageSize !== DEFAULT_PAGE_SIZE)
    params.set('pageSize', String(request.pageSize));
  if (request.page !== undefined && request.page > 1) params.set('page', String(request.page));
  return params;
}

/** `#/audit?…` for a filtered trail, e.g. the entries of one import. */
export function auditPath(request: Partial<AuditListRequest>): string {
  const query = toAuditParams(request).toString();
  return query ? `/audit?${query}` : '/audit';
}

/** Only the filters, as `audit.list` and the exports take them. */
export function filterOf(request: AuditListRequest): AuditFilter {
  const filter: AuditFilter = {};
  if (request.actor) filter.actor = request.actor;
  // A range typed the wrong way round is read the right way round.
  const [from, to] =
    request.from && request.to && request.from > request.to
      ? [request.to, request.from]
      : [request.from, request.to];
  if (from) filter.from = from;
  if (to) filter.to = to;
  if (request.action) filter.action = request.action;
  if (request.entityType) filter.entityType = request.entityType;
  if (request.entityId) filter.entityId = request.entityId;
  if (request.importId !== undefined) filter.importId = request.importId;
  return filter;
}

export const hasFilters = (request: AuditListRequest): boolean => Object.keys(filterOf(request)).length > 0;
