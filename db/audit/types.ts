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
  prevHash: string;
  hash: string;
}

export type VerifyReport =
  | { ok: true; entries: number; headHash: string }
  | {
      ok: false;
      entries: number;
      /** The first problem found, worded for a person, naming the entry or the entity. */
      problem: string;
      seq?: number;
      entity?: { type: string; id: string };
    };
