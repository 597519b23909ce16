import { api } from '../../api';
import { useRecordById } from '../../components/useRecordById';

const loadPerson = (id: number) => api.monitoring.get({ id });

/** One person of the register by id, kept to what the backend last returned. */
export const usePersonDetail = (id: number | null) => useRecordById(id, loadPerson);
