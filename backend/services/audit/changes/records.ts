import type { ChangePart, FieldChange } from '../../../../shared/domain/audit-view';
import type { FieldSpec } from './fields';
import { align } from './align';
import { isFilled, sameValue, valuesOf, type ChangeLookup } from './values';

export type Row = Record<string, unknown>;

const withPart = (part: ChangePart | undefined) => (part ? { part } : {});

/**
 * The changes of one record, field by field. A record that came (`before` null) or went (`after` null)
 * lists its filled fields as added or removed.
 */
export function recordChanges(
  specs: readonly FieldSpec[],
  before: Row | null,
  after: Row | null,
  lookup: ChangeLookup,
  part?: ChangePart,
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const { column, label, kind } of specs) {
    if (before && after) {
      if (sameValue(before[column], after[column])) continue;
      changes.push({
        field: label,
        ...withPart(part),
        change: 'changed',
        before: valuesOf(kind, before[column], lookup),
        after: valuesOf(kind, after[column], lookup),
      });
    } else {
      const row = (before ?? after)!;
      if (!isFilled(kind, row[column])) continue;
      const values = valuesOf(kind, row[column], lookup);
      changes.push({
        field: label,
        ...withPart(part),
        change: before ? 'removed' : 'added',
        before: before ? values : [],
        after: before ? [] : values,
      });
    }
  }
  return changes;
}

/** How unlike two rows are, from 0 (same in every field) to 2 (different in all): for `align`. */
export function unlikeness(specs: readonly FieldSpec[], a: Row, b: Row): number {
  const differing = specs.filter(({ column }) => !sameValue(a[column], b[column])).length;
  return (2 * differing) / Math.max(specs.length, 1);
}

export interface PartsOptions {
  specs: readonly FieldSpec[];
  /** Names the part a row is: its kind, label and details; the position is counted here. */
  part: (row: Row, position: number) => ChangePart;
  /** How unlike two rows are (0–2); by default field by field. */
  cost?: (a: Row, b: Row) => number;
  /** Changes inside an item beyond its own fields (a period's events), given its part. */
  inner?: (before: Row | null, after: Row | null, part: ChangePart) => FieldChange[];
}

/** The changes of a list of parts (victims, periods…): each added, removed or edited one in turn. */
export function partsChanges(
  before: Row[],
  after: Row[],
  lookup: ChangeLookup,
  { specs, part, cost = (a, b) => unlikeness(specs, a, b), inner }: PartsOptions,
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [was, now] of align(before, after, cost)) {
    const row = (now ?? was)!;
    const index = (now ? after.indexOf(now) : before.indexOf(was!)) + 1;
    const named = part(row, index);
    const own = recordChanges(specs, was, now, lookup, named);
    // A part that came or went with nothing filled in still says so.
    if (own.length === 0 && (!was || !now)) {
      own.push({
        field: 'history.field.entry',
        part: named,
        change: was ? 'removed' : 'added',
        before: [],
        after: [],
      });
    }
    changes.push(...own, ...(inner?.(was, now, named) ?? []));
  }
  return changes;
}
