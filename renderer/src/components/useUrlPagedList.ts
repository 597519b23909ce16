import { keepPreviousData } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { MethodInput, MethodName } from '../../../shared/api/contract';
import { FRESH_AFTER_READ_MS, prefetchApiQuery, useApiQuery } from '../query/use-api';

/** The contract's paged lists. */
type ListMethod = Extract<MethodName, 'cases.list' | 'monitoring.list' | 'audit.list'>;

/** How one list's request lives in the URL and which call reads it; module-level, so they stay stable. */
export interface UrlListSource<Request extends { page: number }, M extends ListMethod> {
  parse: (params: URLSearchParams) => Request;
  toParams: (request: Request) => URLSearchParams;
  method: M;
  /** The call's input for the URL's request: the one place where the list's paging meets the API. */
  input: (request: Request) => MethodInput<M>;
}

/** Starts reading a list's first page as its screen opens without a query (from the menu). */
export function prefetchUrlList<Request extends { page: number }, M extends ListMethod>({
  parse,
  input,
  method,
}: UrlListSource<Request, M>): void {
  prefetchApiQuery(method, input(parse(new URLSearchParams())), FRESH_AFTER_READ_MS);
}

/**
 * One page of a list whose query is the URL's, so a filter is a history entry (the back button undoes
 * it). The last page stays on screen while the next loads; a change saved anywhere reads it again.
 */
export function useUrlPagedList<Request extends { page: number }, M extends ListMethod>({
  parse,
  toParams,
  method,
  input,
}: UrlListSource<Request, M>) {
  const [searchParams, setSearchParams] = useSearchParams();
  const query = searchParams.toString();
  const request = useMemo(() => parse(new URLSearchParams(query)), [parse, query]);
  const list = useApiQuery(method, input(request), {
    placeholderData: keepPreviousData,
    staleTime: FRESH_AFTER_READ_MS,
  });

  /** Change the query; any change other than the page number starts again from page 1. */
  const update = useCallback(
    (patch: Partial<Request>) => setSearchParams(toParams({ ...request, page: 1, ...patch })),
    [request, setSearchParams, toParams],
  );

  return {
    request,
    update,
    reload: () => void list.refetch(),
    page: list.data ?? null,
    error: list.isPlaceholderData ? null : (list.apiError?.message ?? null),
    loading: list.isFetching,
  };
}
