export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  reason: string | null;
  /** The import that wrote this entry, when one did (schema 4 on). */
  importId: number | null;
  prevHash: string;
  hash: string;
}

export type { AnchorCheck, TrailAnchor, VerifyProblem, VerifyReport } from '../../shared/domain/audit-view';
