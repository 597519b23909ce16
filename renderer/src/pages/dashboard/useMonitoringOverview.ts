import { useEffect, useState } from 'react';
import type { MonitoringOverview } from '../../../../shared/domain/monitoring-api';
import { api } from '../../api';

export type OverviewState =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; overview: MonitoringOverview };

/** What the monitoring register needs attention for today; read again when `generation` changes. */
export function useMonitoringOverview(generation: number) {
  const [state, setState] = useState<OverviewState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    void api.monitoring.overview({}).then((result) => {
      if (!live) return;
      setState(
        result.ok
          ? { status: 'ready', overview: result.value }
          : { status: 'failed', message: result.error.message },
      );
    });
    return () => {
      live = false;
    };
  }, [generation]);
  return state;
}

/** Nothing on the register and nothing to decide: the card has nothing to say on an empty database. */
export const overviewIsIdle = (o: MonitoringOverview): boolean =>
  o.underSupervision === 0 &&
  o.overdue.total === 0 &&
  o.dueSoon.total === 0 &&
  o.endingSoon.total === 0 &&
  o.pendingMatches.total === 0;
