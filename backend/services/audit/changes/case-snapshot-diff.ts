import type { FieldChange } from '../../../../shared/domain/audit-view';
import { caseFields, defendantFields, victimFields } from './fields';
import { partsChanges, recordChanges, type Row } from './records';
import type { ChangeLookup } from './values';

const rows = (snapshot: Row | null, key: string) => (snapshot?.[key] as Row[] | undefined) ?? [];

/** A defendant is known by name, else by the person ID of the case papers. */
const defendantLabel = (row: Row) => {
  const name = typeof row.full_name === 'string' ? row.full_name.trim() : '';
  return name || (typeof row.person_id === 'string' ? row.person_id : null);
};

/** One change of a case (db/audit/case-snapshot.ts): its own fields, then each defendant and victim. */
export function caseChanges(before: Row | null, after: Row | null, lookup: ChangeLookup): FieldChange[] {
  return [
    ...recordChanges(caseFields, before, after, lookup),
    ...partsChanges(rows(before, 'defendants'), rows(after, 'defendants'), lookup, {
      specs: defendantFields,
      part: (row, position) => ({ kind: 'defendant', position, label: defendantLabel(row) }),
    }),
    ...partsChanges(rows(before, 'victims'), rows(after, 'victims'), lookup, {
      specs: victimFields,
      part: (_row, position) => ({ kind: 'victim', position, label: null }),
    }),
  ];
}
