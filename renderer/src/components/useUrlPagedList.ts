import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Page } from '../../../shared/domain/case';
import type { Result } from '../../../shared/result';

interface Response<Row> {
  key: string;
  page: Page<Row> | null;
  error: string | null;
}

/** How one list's request lives in the URL and is fetched; module-level functions, so they stay stable. */
export interface UrlListSource<Request extends { page: number }, Row> {
  parse: (params: URLSearchParams) => Request;
  toParams: (request: Request) => URLSearchParams;
  load: (request: Request) => Promise<Result<Page<Row>>>;
}

/**
 * One page of a list whose query is the URL's, so a filter is a history entry (the back button undoes
 * it). The last page stays on screen while the next loads; `reload` fetches the same query again after
 * a change made elsewhere.
 */
export function useUrlPagedList<Request extends { page: number }, Row>({
  parse,
  toParams,
  load,
}: UrlListSource<Request, Row>) {
  const [searchParams, setSearchParams] = useSearchParams();
  const query = searchParams.toString();
  const request = useMemo(() => parse(new URLSearchParams(query)), [parse, query]);
  const [generation, setGeneration] = useState(0);
  const key = `${generation}|${query}`;
  const [response, setResponse] = useState<Response<Row> | null>(null);
  const [lastPage, setLastPage] = useState<Page<Row> | null>(null);

  useEffect(() => {
    let live = true;
    void load(request).then((result) => {
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
  }, [load, request, key]);

  /** Change the query; any change other than the page number starts again from page 1. */
  const update = useCallback(
    (patch: Partial<Request>) => setSearchParams(toParams({ ...request, page: 1, ...patch })),
    [request, setSearchParams, toParams],
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
