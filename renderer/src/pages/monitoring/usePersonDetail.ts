import { useEffect, useState } from 'react';
import type { PersonDetail } from '../../../../shared/domain/monitoring-api';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api';

interface Loaded {
  id: number;
  detail: PersonDetail | null;
  error: ApiError | null;
}

/**
 * One person of the register, loaded by id; `replace` takes the person every action returns, so the
 * page always shows exactly what the backend holds.
 */
export function usePersonDetail(id: number | null) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    if (id === null) return;
    let live = true;
    void api.monitoring.get({ id }).then((result) => {
      if (!live) return;
      setLoaded(
        result.ok ? { id, detail: result.value, error: null } : { id, detail: null, error: result.error },
      );
    });
    return () => {
      live = false;
    };
  }, [id]);

  const current = loaded?.id === id ? loaded : null;
  return {
    detail: current?.detail ?? null,
    error: current?.error ?? null,
    loading: id !== null && current === null,
    replace: (detail: PersonDetail) => setLoaded({ id: detail.id, detail, error: null }),
  };
}
