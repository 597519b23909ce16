import type { CaseRecord } from './case-record';

export type TimelineKind = 'registered' | 'forwarded' | 'closed' | 'convicted' | 'acquitted' | 'sentenced';

export interface TimelineEvent {
  date: string;
  kind: TimelineKind;
  /** The defendant the event concerns (index in the case), for verdicts and sentences. */
  defendant?: number;
}

const order: TimelineKind[] = ['registered', 'forwarded', 'closed', 'convicted', 'acquitted', 'sentenced'];

/** Every dated event of a case, oldest first (same-day events in pipeline order). */
export function timelineOf(c: CaseRecord): TimelineEvent[] {
  const events: TimelineEvent[] = [{ date: c.registeredOn, kind: 'registered' }];
  if (c.forwardedToCourtOn) events.push({ date: c.forwardedToCourtOn, kind: 'forwarded' });
  if (c.closedOn) events.push({ date: c.closedOn, kind: 'closed' });
  c.defendants.forEach((d, i) => {
    if (d.convictedOn) events.push({ date: d.convictedOn, kind: 'convicted', defendant: i });
    if (d.acquittedOn) events.push({ date: d.acquittedOn, kind: 'acquitted', defendant: i });
    if (d.sentence) events.push({ date: d.sentence.on, kind: 'sentenced', defendant: i });
  });
  return events.sort((a, b) =>
    a.date === b.date
      ? order.indexOf(a.kind) - order.indexOf(b.kind) || (a.defendant ?? 0) - (b.defendant ?? 0)
      : a.date < b.date
        ? -1
        : 1,
  );
}
