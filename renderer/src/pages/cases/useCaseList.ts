import { api } from '../../api';
import { useUrlPagedList, type UrlListSource } from '../../components/useUrlPagedList';
import type { CaseSummary } from '../../../../shared/domain/case';
import { parseListParams, toListParams, toListQuery, type CaseListRequest } from './list-query';

export type { CaseListRequest } from './list-query';

const caseList: UrlListSource<CaseListRequest, CaseSummary> = {
  parse: parseListParams,
  toParams: toListParams,
  load: (request) => api.cases.list(toListQuery(request)),
};

/**
 * One page of the case list, fetched from the backend: searching, filtering, sorting and paging all
 * happen in SQL, so the list stays fast with a hundred thousand cases.
 */
export const useCaseList = () => useUrlPagedList(caseList);
