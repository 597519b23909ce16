import { useEffect, useState } from 'react';
import type { ApiError, Result } from '../../../shared/result';

interface Loaded<T> {
  id: number;
  detail: T | null;
  error: ApiError | null;
}

/**
 * One record (a case, a register person) loaded by id; `replace` takes the record every action
 * returns, so the page always shows exactly what the backend holds. `load` must be a stable function.
 */
export function useRecordById<T extends { id: number }>(
  id: number | null,
  load: (id: number) => Promise<Result<T>>,
) {
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null);

  useEffect(() => {
    if (id === null) return;
    let live = true;
    void load(id).then((result) => {
      if (!live) return;
      setLoaded(
        result.ok ? { id, detail: result.value, error: null } : { id, detail: null, error: result.error },
      );
    });
    return () => {
      live = false;
    };
  }, [id, load]);

  const current = loaded?.id === id ? loaded : null;
  return {
    detail: current?.detail ?? null,
    error: current?.error ?? null,
    loading: id !== null && current === null,
    replace: (detail: T) => setLoaded({ id: detail.id, detail, error: null }),
  };
}
