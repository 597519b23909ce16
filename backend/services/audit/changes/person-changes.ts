import type { ChangePart, FieldChange } from '../../../../shared/domain/audit-view';
import { caseLinkFields, convictionFields, eventFields, periodFields, personFields } from './fields';
import { partsChanges, recordChanges, type Row } from './records';
import { valuesOf, type ChangeLookup } from './values';

const rows = (snapshot: Row | null, key: string) => (snapshot?.[key] as Row[] | undefined) ?? [];

/** A supervision period is told apart by its type and start: "Period 1 (Probation, 01.10.2024)". */
function periodPart(row: Row, position: number, lookup: ChangeLookup): ChangePart {
  return {
    kind: 'period',
    position,
    label: null,
    details: [
      ...valuesOf({ term: 'monitoring.supervisionType.' }, row.type, lookup),
      ...valuesOf('date', row.start_on, lookup),
    ],
  };
}

/**
 * One change of a monitored person (db/audit/person-snapshot.ts): identity, then each supervision
 * period with its events, the prior convictions, and the decisions on matched cases.
 */
export function personChanges(before: Row | null, after: Row | null, lookup: ChangeLookup): FieldChange[] {
  const eventsOf = (snapshot: Row | null, period: Row | null) =>
    period ? rows(snapshot, 'events').filter((e) => e.period_position === period.position) : [];
  return [
    ...recordChanges(personFields, before, after, lookup),
    ...partsChanges(rows(before, 'periods'), rows(after, 'periods'), lookup, {
      specs: periodFields,
      part: (row, position) => periodPart(row, position, lookup),
      inner: (was, now, period) =>
        partsChanges(eventsOf(before, was), eventsOf(after, now), lookup, {
          specs: eventFields,
          // Told apart by its type and day: its number is its place by date, which a later entry of an
          // earlier day shifts ("Событие № 4" named three events in one History).
          part: (row, position) => ({
            kind: 'event',
            position,
            label: null,
            of: period,
            details: [
              ...valuesOf({ term: 'monitoring.eventType.' }, row.type, lookup),
              ...valuesOf('date', row.on_date, lookup),
            ],
          }),
        }),
    }),
    ...partsChanges(rows(before, 'convictions'), rows(after, 'convictions'), lookup, {
      specs: convictionFields,
      part: (row, position) => ({
        kind: 'conviction',
        position,
        label: null,
        details: [...valuesOf('text', row.article, lookup), ...valuesOf('date', row.court_date, lookup)],
      }),
    }),
    ...partsChanges(rows(before, 'caseLinks'), rows(after, 'caseLinks'), lookup, {
      specs: caseLinkFields,
      part: (row, position) => ({
        kind: 'caseLink',
        position,
        label: lookup.caseNumber(Number(row.case_id)),
      }),
      // A decision belongs to one case: another case is never "the same decision, changed".
      cost: (a, b) => (a.case_id === b.case_id ? (a.status === b.status ? 0 : 0.5) : 3),
    }),
  ];
}
