import type { PersonDetail } from '../../../../shared/domain/monitoring-api';
import { useApiQuery, useSetApiData } from '../../query/use-api';

/** One person of the register by id; `replace` shows the person an action returned, as stored. */
export function usePersonDetail(id: number | null) {
  const query = useApiQuery('monitoring.get', { id: id ?? 0 }, { enabled: id !== null });
  const setData = useSetApiData();
  return {
    detail: query.data ?? null,
    error: query.apiError,
    loading: id !== null && query.isPending,
    replace: (detail: PersonDetail) => setData('monitoring.get', { id: detail.id }, detail),
  };
}
