import type { PersonSummary } from '../../../../shared/domain/monitoring-api';
import { api } from '../../api';
import { useUrlPagedList, type UrlListSource } from '../../components/useUrlPagedList';
import {
  parseRegisterParams,
  REGISTER_PAGE_SIZE,
  toRegisterParams,
  type RegisterRequest,
} from './register-query';

const register: UrlListSource<RegisterRequest, PersonSummary> = {
  parse: parseRegisterParams,
  toParams: toRegisterParams,
  load: ({ search, filter, page }) =>
    api.monitoring.list({ search, filter, page, pageSize: REGISTER_PAGE_SIZE }),
};

/** One page of the register for the URL's search and filter. */
export const useRegisterList = () => useUrlPagedList(register);
