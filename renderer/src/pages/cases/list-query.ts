import {
  caseSortKeys,
  deadlineFilters,
  stages,
  type CaseFilters,
  type CaseListQuery,
  type Stage,
} from '../../../../shared/domain/case';

/*
 * The case list's query lives in the URL (`#/cases?district=Yesil&stage=registered&page=2`), so the
 * dashboard can link to a filtered list, the back button undoes a filter, and a reload keeps it.
 * Anything in the URL that is not a valid value is ignored rather than sent to the backend.
 */

export type SortKey = (typeof caseSortKeys)[number];
export type DeadlineFilter = (typeof deadlineFilters)[number];

export const pageSizes = [20, 50, 100, 200] as const;
const DEFAULT_PAGE_SIZE = 50;

export interface CaseListRequest {
  page: number;
  pageSize: number;
  sort: SortKey;
  order: 'asc' | 'desc';
  search: string;
  year?: number;
  district?: string;
  stage?: Stage;
  article?: string;
  platform?: string;
  deadline?: DeadlineFilter;
}

/** The filters a user sets (everything except paging and sorting), in the order the toolbar shows them. */
export const filterKeys = ['search', 'year', 'district', 'stage', 'article', 'platform', 'deadline'] as const;
export type FilterKey = (typeof filterKeys)[number];

export const defaultRequest: CaseListRequest = {
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
  sort: 'registeredOn',
  order: 'desc',
  search: '',
};

const oneOf = <T extends string>(options: readonly T[], value: string | null): T | undefined =>
  value !== null && (options as readonly string[]).includes(value) ? (value as T) : undefined;

function positiveInt(value: string | null): number | undefined {
  if (value === null || !/^\d{1,9}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 ? n : undefined;
}

function text(value: string | null, max: number): string | undefined {
  const trimmed = value?.trim();
  return trimmed && trimmed.length <= max ? trimmed : undefined;
}

export function parseListParams(params: URLSearchParams): CaseListRequest {
  const year = positiveInt(params.get('year'));
  const pageSize = positiveInt(params.get('pageSize'));
  return {
    page: positiveInt(params.get('page')) ?? 1,
    pageSize:
      pageSize !== undefined && (pageSizes as readonly number[]).includes(pageSize)
        ? pageSize
        : DEFAULT_PAGE_SIZE,
    sort: oneOf(caseSortKeys, params.get('sort')) ?? defaultRequest.sort,
    order: oneOf(['asc', 'desc'] as const, params.get('order')) ?? defaultRequest.order,
    search: text(params.get('search'), 100) ?? '',
    year: year !== undefined && year >= 1900 && year <= 2100 ? year : undefined,
    district: text(params.get('district'), 100),
    stage: oneOf(stages, params.get('stage')),
    article: text(params.get('article'), 20),
    platform: text(params.get('platform'), 100),
    deadline: oneOf(deadlineFilters, params.get('deadline')),
  };
}

/** The URL query for a request; defaults are left out so links stay short. */
export function toListParams(request: Partial<CaseListRequest>): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of filterKeys) {
    const value = request[key];
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  if (request.sort !== undefined && request.sort !== defaultRequest.sort) params.set('sort', request.sort);
  if (request.order !== undefined && request.order !== defaultRequest.order)
    params.set('order', request.order);
  if (request.pageSize !== undefined && request.pageSize !== defaultRequest.pageSize)
    params.set('pageSize', String(request.pageSize));
  if (request.page !== undefined && request.page > 1) params.set('page', String(request.page));
  return params;
}

/** `#/cases?…` for a filtered list, e.g. from a dashboard card. */
export function caseListPath(request: Partial<CaseListRequest>): string {
  const query = toListParams(request).toString();
  return query ? `/cases?${query}` : '/cases';
}

/** Only the filters, as `cases.export` takes them (undefined when nothing narrows the list). */
export function filtersOf(request: CaseListRequest): CaseFilters | undefined {
  const filters: CaseFilters = {};
  if (request.search) filters.search = request.search;
  if (request.year !== undefined) filters.year = request.year;
  if (request.district) filters.district = request.district;
  if (request.stage) filters.stage = request.stage;
  if (request.article) filters.article = request.article;
  if (request.platform) filters.platform = request.platform;
  if (request.deadline) filters.deadline = request.deadline;
  return Object.keys(filters).length > 0 ? filters : undefined;
}

export const hasFilters = (request: CaseListRequest): boolean => filtersOf(request) !== undefined;

/** The request as `cases.list` takes it. */
export function toListQuery(request: CaseListRequest): CaseListQuery {
  const { page, pageSize, sort, order } = request;
  return { ...filtersOf(request), page, pageSize, sort, order };
}
