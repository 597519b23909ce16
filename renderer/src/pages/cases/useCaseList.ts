import { useCallback, useEffect, useState } from 'react';
import type { caseSortKeys, CaseSummary, Page } from '../../../../shared/domain/case';
import { api } from '../../api';

/** The part of the list query this screen drives (the backend also offers filters, used by later screens). */
export interface CaseListRequest {
  page: number;
  pageSize: number;
  sort: (typeof caseSortKeys)[number];
  order: 'asc' | 'desc';
  search: string;
}

const firstRequest: CaseListRequest = {
  page: 1,
  pageSize: 50,
  sort: 'registeredOn',
  order: 'desc',
  search: '',
};

interface Response {
  request: CaseListRequest;
  page: Page<CaseSummary> | null;
  error: string | null;
}

/**
 * One page of the case list, fetched from the backend (paging, sorting and search happen there, so
 * the list stays fast with tens of thousands of cases). The last page stays on screen while the next loads.
 */
export function useCaseList() {
  const [request, setRequest] = useState<CaseListRequest>(firstRequest);
  const [response, setResponse] = useState<Response | null>(null);
  const [lastPage, setLastPage] = useState<Page<CaseSummary> | null>(null);

  useEffect(() => {
    let live = true;
    const { search, ...rest } = request;
    void api.cases.list({ ...rest, search: search || undefined }).then((result) => {
      if (!live) return;
      if (result.ok) setLastPage(result.value);
      setResponse({
        request,
        page: result.ok ? result.value : null,
        error: result.ok ? null : result.error.message,
      });
    });
    return () => {
      live = false;
    };
  }, [request]);

  /** Change the query; any change other than the page number starts again from page 1. */
  const update = useCallback((patch: Partial<CaseListRequest>) => {
    setRequest((current) => ({ ...current, page: 1, ...patch }));
  }, []);

  /** Fetch the same query again (after a change made elsewhere), as a new request object. */
  const reload = useCallback(() => setRequest((current) => ({ ...current })), []);

  return {
    request,
    update,
    reload,
    page: lastPage,
    error: response?.request === request ? response.error : null,
    loading: response?.request !== request,
  };
}
