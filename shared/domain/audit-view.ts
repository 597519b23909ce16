import type { Labels } from './reference';
import { z } from 'zod';
import { isoDate } from './fields';

/** What the audit trail records changes of (db/audit/entities.ts gives each its snapshot). */
export const auditEntityTypes = [
  'case',
  'person',
  'district',
  'article',
  'platform',
  'tactic',
  'setting',
  'user',
  'import',
] as const;
export type AuditEntityType = (typeof auditEntityTypes)[number];

/** The filters of the Audit screen; the CSV and PDF exports take the same ones. */
export const auditFilter = z
  .object({
    /** Exactly as stored: `user:<login>`, `cli:<os user>`, … */
    actor: z.string().min(1).max(200).optional(),
    /** Inclusive calendar days on this computer's clock (Nadzor runs on the PC its users sit at). */
    from: isoDate.optional(),
    to: isoDate.optional(),
    action: z.string().min(1).max(100).optional(),
    entityType: z.enum(auditEntityTypes).optional(),
    entityId: z.string().min(1).max(100).optional(),
    importId: z.number().int().positive().optional(),
  })
  .strict();
export type AuditFilter = z.output<typeof auditFilter>;

export const auditActions = {
  list: auditFilter
    .extend({
      page: z.number().int().min(1).default(1),
      pageSize: z.number().int().min(1).max(500).default(50),
    })
    .strict(),
  entry: z.object({ seq: z.number().int().positive() }).strict(),
  caseHistory: z.object({ id: z.number().int().positive() }).strict(),
  personHistory: z.object({ id: z.number().int().positive() }).strict(),
  export: auditFilter,
  checkAnchor: z
    .object({
      count: z.number().int().positive(),
      hash: z.string().regex(/^[0-9a-f]{64}$/, { message: 'errors.anchorHash' }),
    })
    .strict(),
};

/**
 * A head printed earlier (a review PDF, an export, an earlier verify): entry number `count` and its
 * hash. A trail that still holds it was not rewritten or cut back since it was printed.
 */
export interface TrailAnchor {
  count: number;
  hash: string;
}

/** Whether the current trail holds an anchor: `truncated`, fewer entries; `rewritten`, another hash there. */
export type AnchorCheck = TrailAnchor &
  (
    | { holds: true }
    | { holds: false; why: 'truncated'; entries: number }
    | { holds: false; why: 'rewritten'; found: string }
  );

/** One entry as a list row. */
export interface AuditListEntry {
  seq: number;
  at: string;
  actor: string;
  /** The account's full name for `user:` actors that still exist; null otherwise. */
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  /** How people name the entity: a registry number, a register number, a login, a setting key. */
  entityLabel: string | null;
  /** A district's, platform's or tactic's names in each language, as the entry recorded them. */
  entityLabels?: Labels;
  reason: string | null;
  importId: number | null;
}

/** A value before or after a change, in a form each screen words in its own language. */
export type ChangeValue =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  /** ISO date (YYYY-MM-DD), formatted by the screen. */
  | { kind: 'date'; date: string }
  /** An i18n key, e.g. a stage or a sex: `case.stage.convicted`. */
  | { kind: 'term'; key: string }
  | { kind: 'yesNo'; value: boolean };

/**
 * A part of a record a change concerns: a victim, a defendant, a supervision period, an event of one…
 * Screens name it with `history.part.<kind>` ("Victim {{number}}"), then the label and details in
 * brackets: "Victim 2 (Иванова А.)", "Period 1 (Administrative supervision, 01.10.2024)".
 */
export interface ChangePart {
  kind: string;
  /** Counted from 1, as people count. */
  position: number;
  /** A name, a registry number: how people tell this part from the others; null when it has none. */
  label: string | null;
  /** Further words that tell the part apart, worded by the screen (a period's type and start). */
  details?: ChangeValue[];
  /** The part this one belongs to: an event's supervision period. */
  of?: ChangePart;
}

/** One field of one change, in human words: "Victim 2 (Иванова А.): age 34 → 35". */
export interface FieldChange {
  /** i18n key of the field's label. */
  field: string;
  /** The part of the record the field belongs to, when it is not the record itself. */
  part?: ChangePart;
  /**
   * `added` / `removed`: the whole part (or the whole record) came or went, and this is one of its
   * fields; `changed`: the field itself changed. Both sides empty: the fact alone ("password changed").
   */
  change: 'added' | 'removed' | 'changed';
  /** For lists (platforms, tactics) several values; empty means "none". */
  before: ChangeValue[];
  after: ChangeValue[];
}

/** The i18n key of an audit action's label: `case.victim.add` → `history.action.case_victim_add`. */
export const actionLabelKey = (action: string): string => `history.action.${action.replaceAll('.', '_')}`;

/** One entry of an entity's history. */
export interface HistoryEntry extends AuditListEntry {
  changes: FieldChange[];
}

/** One entry opened from the Audit screen: its changes and its place in the chain. */
export interface AuditEntryDetail extends HistoryEntry {
  prevHash: string;
  hash: string;
}

export interface AuditFacets {
  actors: { actor: string; name: string | null }[];
  actions: string[];
}

export type VerifyProblem =
  | 'entriesMissing'
  | 'unlinked'
  | 'altered'
  | 'unrecorded'
  | 'changedOutside'
  | 'deletedOutside'
  /** A copy or count the figures read disagrees with the audited data it is computed from. */
  | 'derivedChanged'
  /** The database file itself is damaged (SQLite's integrity_check failed). */
  | 'damaged'
  /** A head the backups' anchor log recorded no longer holds: the trail was rewritten or cut back since. */
  | 'anchorLog';

export type VerifyReport =
  | {
      ok: true;
      entries: number;
      headHash: string;
      /** Only when an anchor was given: whether the trail, which verified, still holds it. */
      anchor?: AnchorCheck;
    }
  | {
      ok: false;
      entries: number;
      kind: VerifyProblem;
      /** The first problem found, worded in English for `audit verify`; screens word `kind` instead. */
      problem: string;
      seq?: number;
      entity?: { type: string; id: string };
      /** For `derivedChanged`: the table, row (its key) and column that disagree. */
      derived?: { table: string; row: string; column: string };
      /** For `anchorLog`: the log's line, the backup it was written for, and the entry it recorded. */
      anchorLog?: { line: number; file: string; entry: number };
      /** For `damaged`: the first lines of the integrity check's report. */
      detail?: string;
    };

/** An exported trail: the file and the head of the chain at export time, printed on the file. */
export interface AuditExport {
  fileName: string;
  count: number;
  headSeq: number;
  headHash: string;
}
