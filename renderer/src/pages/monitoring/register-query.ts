import { monitoringFilters, type MonitoringFilter } from '../../../../shared/domain/monitoring-api';

/*
 * The register list's search, filter and page live in the URL (`#/monitoring?filter=overdue&search=…`),
 * so the summary cards are links, the back button undoes a filter and opening a person keeps the list.
 * Values that are not valid are ignored rather than sent to the backend.
 */

export const registerFilters = monitoringFilters;
export type RegisterFilter = MonitoringFilter;

export const REGISTER_PAGE_SIZE = 50;
const MAX_SEARCH = 200;

export interface RegisterRequest {
  search: string;
  filter: RegisterFilter;
  page: number;
}

export function parseRegisterParams(params: URLSearchParams): RegisterRequest {
  const filter = params.get('filter');
  const page = params.get('page');
  const search = params.get('search')?.trim() ?? '';
  return {
    search: search.length <= MAX_SEARCH ? search : '',
    filter: (registerFilters as readonly (string | null)[]).includes(filter)
      ? (filter as RegisterFilter)
      : 'all',
    page: page !== null && /^\d{1,6}$/.test(page) && Number(page) >= 1 ? Number(page) : 1,
  };
}

/** The URL query of a request; defaults are left out so links stay short. */
export function toRegisterParams(request: Partial<RegisterRequest>): URLSearchParams {
  const params = new URLSearchParams();
  if (request.search) params.set('search', request.search);
  if (request.filter && request.filter !== 'all') params.set('filter', request.filter);
  if (request.page !== undefined && request.page > 1) params.set('page', String(request.page));
  return params;
}

/** `#/monitoring?filter=…` for a summary card. */
export function registerPath(request: Partial<RegisterRequest>): string {
  const query = toRegisterParams(request).toString();
  return query ? `/monitoring?${query}` : '/monitoring';
}
