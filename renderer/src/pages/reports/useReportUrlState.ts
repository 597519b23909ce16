import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import {
  drillTargetOf,
  parseReportParams,
  toReportParams,
  type DrillRequest,
  type ReportState,
  type ReportView,
} from './report-query';

/** Set on the history entry that opened a list, so closing the list can simply go back. */
interface OpenedHere {
  openedHere: true;
}
const openedHere = (state: unknown): boolean =>
  typeof state === 'object' && state !== null && (state as Partial<OpenedHere>).openedHere === true;

/**
 * The screen's state, read from and written to the URL. Choosing a year or a district, and opening a
 * list, are history entries (the back button undoes them); paging inside a list is not.
 */
export function useReportUrlState() {
  const navigate = useNavigate();
  const location = useLocation();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = searchParams.toString();
  const { view, drill } = useMemo(() => parseReportParams(new URLSearchParams(query)), [query]);
  const fromHere = openedHere(location.state);

  const go = useCallback(
    (next: ReportState, options?: { replace?: boolean; state?: OpenedHere }) =>
      setSearchParams(toReportParams(next), options),
    [setSearchParams],
  );

  // Another year, period or district is another report: its lists are other lists, so an open one closes.
  const changeView = (patch: Partial<ReportView>) => {
    const next = { ...view, ...patch };
    const sameFigures =
      next.year === view.year &&
      next.district === view.district &&
      next.subject === view.subject &&
      next.period?.from === view.period?.from &&
      next.period?.to === view.period?.to;
    go({ view: next, drill: sameFigures ? drill : null });
  };

  const open = useCallback(
    (request: DrillRequest) =>
      go({ view, drill: drillTargetOf(view, request) }, { state: { openedHere: true } }),
    [go, view],
  );

  // A list opened from a bookmark has no entry of ours before it: replace instead of leaving the app.
  const close = () => {
    if (fromHere) void navigate(-1);
    else go({ view, drill: null }, { replace: true });
  };

  const turnPage = (page: number, pageSize: number) => {
    if (!drill) return;
    // A new page size starts from the first page, as the case list does.
    const next = { ...drill, page: pageSize === drill.pageSize ? page : 1, pageSize };
    go({ view, drill: next }, { replace: true, ...(fromHere ? { state: { openedHere: true } } : {}) });
  };

  return { view, drill, changeView, open, close, turnPage };
}
