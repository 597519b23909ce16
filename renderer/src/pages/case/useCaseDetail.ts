import { api } from '../../api';
import { useRecordById } from '../../components/useRecordById';

const loadCase = (id: number) => api.cases.get({ id });

/** One case by id, kept to what the backend last returned. */
export const useCaseDetail = (id: number | null) => useRecordById(id, loadCase);
