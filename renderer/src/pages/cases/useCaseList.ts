import { useUrlPagedList, type UrlListSource } from '../../components/useUrlPagedList';
import { parseListParams, toListParams, toListQuery, type CaseListRequest } from './list-query';

export type { CaseListRequest } from './list-query';

export const caseList: UrlListSource<CaseListRequest, 'cases.list'> = {
  parse: parseListParams,
  toParams: toListParams,
  method: 'cases.list',
  input: toListQuery,
};

/**
 * One page of the case list, fetched from the backend: searching, filtering, sorting and paging all
 * happen in SQL, so the list stays fast with a hundred thousand cases.
 */
export const useCaseList = () => useUrlPagedList(caseList);
