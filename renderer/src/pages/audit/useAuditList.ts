import { useUrlPagedList, type UrlListSource } from '../../components/useUrlPagedList';
import { filterOf, parseAuditParams, toAuditParams, type AuditListRequest } from './audit-query';

export const auditList: UrlListSource<AuditListRequest, 'audit.list'> = {
  parse: parseAuditParams,
  toParams: toAuditParams,
  method: 'audit.list',
  input: (request) => ({ ...filterOf(request), page: request.page, pageSize: request.pageSize }),
};

/** One page of the trail, newest first; filtering and paging happen in SQL over the trail's indexes. */
export const useAuditList = () => useUrlPagedList(auditList);
