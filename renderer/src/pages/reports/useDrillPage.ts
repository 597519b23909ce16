import { useEffect, useState } from 'react';
import type { DrillPage } from '../../../../shared/domain/stats';
import { api } from '../../api';
import type { DrillTarget } from './report-query';

interface Response {
  key: string;
  listKey: string;
  page: DrillPage | null;
  error: string | null;
}

export interface DrillPageState {
  page: DrillPage | null;
  loading: boolean;
  error: string | null;
}

/** The same list whatever page of it is shown. */
const listKeyOf = (target: DrillTarget) => JSON.stringify({ ...target, page: 0, pageSize: 0 });

/**
 * One page of the cases or persons behind a figure. The backend builds the list from the same SQL
 * as the figure, so its total is the figure itself.
 */
export function useDrillPage(target: DrillTarget | null): DrillPageState {
  const key = target ? JSON.stringify(target) : '';
  const listKey = target ? listKeyOf(target) : '';
  const [response, setResponse] = useState<Response | null>(null);

  useEffect(() => {
    if (!key) return undefined;
    const { figure, key: part, year, district, page, pageSize } = JSON.parse(key) as DrillTarget;
    let live = true;
    void api.reports
      .drilldown({ figure, ...(part ? { key: part } : {}), year, district, page, pageSize })
      .then((result) => {
        if (!live) return;
        setResponse({
          key,
          listKey,
          page: result.ok ? result.value : null,
          error: result.ok ? null : result.error.message,
        });
      });
    return () => {
      live = false;
    };
  }, [key, listKey]);

  const current = response?.key === key;
  return {
    // The previous page stays while the next one loads, but never another figure's list.
    page: response && response.listKey === listKey ? response.page : null,
    loading: !current,
    error: current ? response.error : null,
  };
}
