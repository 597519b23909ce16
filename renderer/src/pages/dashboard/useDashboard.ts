import { useCallback, useEffect, useState } from 'react';
import type { DashboardSummary } from '../../../../shared/domain/case-detail';
import { api } from '../../api';

export type DashboardState =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; summary: DashboardSummary; termDays: number };

/** The dashboard's figures and the investigation term (to show each listed case's deadline date). */
export function useDashboard() {
  const [generation, setGeneration] = useState(0);
  const [state, setState] = useState<DashboardState>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    void Promise.all([api.dashboard.summary({}), api.settings.get({})]).then(([summary, settings]) => {
      if (!live) return;
      if (!summary.ok) setState({ status: 'failed', message: summary.error.message });
      else if (!settings.ok) setState({ status: 'failed', message: settings.error.message });
      else setState({ status: 'ready', summary: summary.value, termDays: settings.value.investigationDays });
    });
    return () => {
      live = false;
    };
  }, [generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { state, reload };
}
