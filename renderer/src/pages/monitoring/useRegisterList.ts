import { useUrlPagedList, type UrlListSource } from '../../components/useUrlPagedList';
import {
  parseRegisterParams,
  REGISTER_PAGE_SIZE,
  toRegisterParams,
  type RegisterRequest,
} from './register-query';

export const register: UrlListSource<RegisterRequest, 'monitoring.list'> = {
  parse: parseRegisterParams,
  toParams: toRegisterParams,
  method: 'monitoring.list',
  input: ({ search, filter, page }) => ({ search, filter, page, pageSize: REGISTER_PAGE_SIZE }),
};

/** One page of the register for the URL's search and filter. */
export const useRegisterList = () => useUrlPagedList(register);
