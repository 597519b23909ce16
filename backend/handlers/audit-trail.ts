import { DomainError } from '../errors';
import type { Handlers } from './handler';

// Filled in by the Audit screen work: the trail's list, filters, verify and exports.
const pending = () => Promise.reject(new DomainError('not_available', 'errors.internal'));

export const auditTrailHandlers = {
  'audit.list': pending,
  'audit.facets': pending,
  'audit.verify': (_input, { store }) => store.read((r) => r.audit.verify()),
  'audit.exportCsv': pending,
  'audit.exportPdf': pending,
} satisfies Partial<Handlers>;
