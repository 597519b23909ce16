import { useCallback, useEffect, useState } from 'react';
import type { MonitoringOverview } from '../../../../shared/domain/monitoring-api';
import { api } from '../../api';

/** The register's figures for today; `reload` after a change made on this screen. */
export function useOverview() {
  const [generation, setGeneration] = useState(0);
  const [state, setState] = useState<{ overview: MonitoringOverview | null; error: string | null }>({
    overview: null,
    error: null,
  });

  useEffect(() => {
    let live = true;
    void api.monitoring.overview({}).then((result) => {
      if (!live) return;
      setState(
        result.ok ? { overview: result.value, error: null } : { overview: null, error: result.error.message },
      );
    });
    return () => {
      live = false;
    };
  }, [generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { ...state, reload };
}
