import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Page } from '../../../../shared/domain/case';
import type { PersonSummary } from '../../../../shared/domain/monitoring-api';
import type { Result } from '../../../../shared/result';
import { api } from '../../api';
import { dueSoonPage } from './due-soon';
import {
  isBackendFilter,
  parseRegisterParams,
  REGISTER_PAGE_SIZE,
  toRegisterParams,
  type RegisterRequest,
} from './register-query';

const WHOLE_PAGE = 500;

/** Everyone under supervision who matches the search, read page by page (the register holds thousands). */
async function everyoneActive(search: string): Promise<Result<PersonSummary[]>> {
  const rows: PersonSummary[] = [];
  for (let page = 1; ; page++) {
    const result = await api.monitoring.list({ search, filter: 'active', page, pageSize: WHOLE_PAGE });
    if (!result.ok) return result;
    rows.push(...result.value.items);
    if (rows.length >= result.value.total || result.value.items.length === 0)
      return { ok: true, value: rows };
  }
}

async function fetchPage(request: RegisterRequest, today: string): Promise<Result<Page<PersonSummary>>> {
  const { search, filter, page } = request;
  if (isBackendFilter(filter))
    return api.monitoring.list({ search, filter, page, pageSize: REGISTER_PAGE_SIZE });
  const active = await everyoneActive(search);
  return active.ok ? { ok: true, value: dueSoonPage(active.value, today, page, REGISTER_PAGE_SIZE) } : active;
}

interface Response {
  key: string;
  page: Page<PersonSummary> | null;
  error: string | null;
}

/**
 * One page of the register for the URL's search and filter. The last page stays on screen while the
 * next loads. `today` is the backend's day (from the overview), needed only for the due-soon filter.
 */
export function useRegisterList(today: string | null) {
  const [searchParams, setSearchParams] = useSearchParams();
  const query = searchParams.toString();
  const request = useMemo(() => parseRegisterParams(new URLSearchParams(query)), [query]);
  const [generation, setGeneration] = useState(0);
  const waiting = request.filter === 'dueSoon' && today === null;
  const key = `${generation}|${query}|${today ?? ''}`;
  const [response, setResponse] = useState<Response | null>(null);
  const [lastPage, setLastPage] = useState<Page<PersonSummary> | null>(null);

  useEffect(() => {
    if (waiting) return;
    let live = true;
    void fetchPage(request, today ?? '').then((result) => {
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
  }, [request, key, today, waiting]);

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
