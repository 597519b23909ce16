import type { AuditListEntry } from '../../../../shared/domain/audit-view';
import { api } from '../../api';
import { useUrlPagedList, type UrlListSource } from '../../components/useUrlPagedList';
import { filterOf, parseAuditParams, toAuditParams, type AuditListRequest } from './audit-query';

const auditList: UrlListSource<AuditListRequest, AuditListEntry> = {
  parse: parseAuditParams,
  toParams: toAuditParams,
  load: (request) => api.audit.list({ ...filterOf(request), page: request.page, pageSize: request.pageSize }),
};

/** One page of the trail, newest first; filtering and paging happen in SQL over the trail's indexes. */
export const useAuditList = () => useUrlPagedList(auditList);
