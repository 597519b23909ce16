import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { CaseSummary, Page } from '../../../../shared/domain/case';
import { api } from '../../api';
import { parseListParams, toListParams, toListQuery, type CaseListRequest } from './list-query';

export type { CaseListRequest } from './list-query';

interface Response {
  key: string;
  page: Page<CaseSummary> | null;
  error: string | null;
}

/**
 * One page of the case list, fetched from the backend: searching, filtering, sorting and paging all
 * happen in SQL, so the list stays fast with a hundred thousand cases. The query is the URL's, so a
 * filter is a history entry (the back button undoes it). The last page stays on screen while the next loads.
 */
export function useCaseList() {
  const [searchParams, setSearchParams] = useSearchParams();
  const query = searchParams.toString();
  const request = useMemo(() => parseListParams(new URLSearchParams(query)), [query]);
  // Bumped by reload(): the same query fetched again after a change made elsewhere.
  const [generation, setGeneration] = useState(0);
  const key = `${generation}|${query}`;
  const [response, setResponse] = useState<Response | null>(null);
  const [lastPage, setLastPage] = useState<Page<CaseSummary> | null>(null);

  useEffect(() => {
    let live = true;
    void api.cases.list(toListQuery(request)).then((result) => {
      if (!live) return;
      if (result.ok) setLastPage(result.value);
      setResponse({
        key,
        page: result.ok ? result.value : null,
        error: result.ok ? null : result.error.message,
      });
    });
    return () => {
      live = false;
    };
  }, [request, key]);

  /** Change the query; any change other than the page number starts again from page 1. */
  const update = useCallback(
    (patch: Partial<CaseListRequest>) => setSearchParams(toListParams({ ...request, page: 1, ...patch })),
    [request, setSearchParams],
  );

  const reload = useCallback(() => setGeneration((n) => n + 1), []);

  return {
    request,
    update,
    reload,
    page: lastPage,
    error: response?.key === key ? response.error : null,
    loading: response?.key !== key,
  };
}
