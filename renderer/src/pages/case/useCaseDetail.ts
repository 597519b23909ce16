import type { CaseDetail } from '../../../../shared/domain/case-detail';
import { useApiQuery, useSetApiData } from '../../query/use-api';

/** One case by id; `replace` shows the case an action returned, exactly as the backend holds it. */
export function useCaseDetail(id: number | null) {
  const query = useApiQuery('cases.get', { id: id ?? 0 }, { enabled: id !== null });
  const setData = useSetApiData();
  return {
    detail: query.data ?? null,
    error: query.apiError,
    loading: id !== null && query.isPending,
    replace: (detail: CaseDetail) => setData('cases.get', { id: detail.id }, detail),
  };
}
