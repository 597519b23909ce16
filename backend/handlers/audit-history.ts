import { DomainError } from '../errors';
import type { Handlers } from './handler';

// Filled in by the History work: each entry's changes, field by field.
const pending = () => Promise.reject(new DomainError('not_available', 'errors.internal'));

export const auditHistoryHandlers = {
  'audit.entry': pending,
  'audit.caseHistory': pending,
  'audit.personHistory': pending,
} satisfies Partial<Handlers>;
