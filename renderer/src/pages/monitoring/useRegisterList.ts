import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Page } from '../../../../shared/domain/case';
import type { PersonSummary } from '../../../../shared/domain/monitoring-api';
import { api } from '../../api';
import {
  parseRegisterParams,
  REGISTER_PAGE_SIZE,
  toRegisterParams,
  type RegisterRequest,
} from './register-query';

interface Response {
  key: string;
  page: Page<PersonSummary> | null;
  error: string | null;
}

/** One page of the register for the URL's search and filter. The last page stays on screen while the next loads. */
export function useRegisterList() {
  const [searchParams, setSearchParams] = useSearchParams();
  const query = searchParams.toString();
  const request = useMemo(() => parseRegisterParams(new URLSearchParams(query)), [query]);
  const [generation, setGeneration] = useState(0);
  const key = `${generation}|${query}`;
  const [response, setResponse] = useState<Response | null>(null);
  const [lastPage, setLastPage] = useState<Page<PersonSummary> | null>(null);

  useEffect(() => {
    let live = true;
    const { search, filter, page } = request;
    void api.monitoring.list({ search, filter, page, pageSize: REGISTER_PAGE_SIZE }).then((result) => {
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

  /** Any change other than the page number starts again from page 1. */
  const update = useCallback(
    (patch: Partial<RegisterRequest>) => setSearchParams(toRegisterParams({ ...request, page: 1, ...patch })),
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
