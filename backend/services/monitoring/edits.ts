import type { z } from 'zod';
import {
  normaliseConviction,
  normaliseEvent,
  normaliseIdentity,
  normaliseTerms,
  type LinkDecision,
  type MonitoredPerson,
} from '../../../shared/domain/monitoring';
import type { monitoringActions } from '../../../shared/domain/monitoring-api';
import { DomainError } from '../../errors';

/*
 * What each register action does to a person, as pure functions; monitoring-rules then checks the
 * result (an event outside its period, an extension that does not extend) before anything is written.
 */

type Input<K extends keyof typeof monitoringActions> = Omit<
  z.output<(typeof monitoringActions)[K]>,
  'id' | 'reason'
>;

function at<T>(list: T[], index: number, what: 'conviction' | 'period' | 'event'): T {
  const item = list[index];
  if (item === undefined) throw new DomainError('not_found', `errors.monitoring.no_${what}`, { index });
  return item;
}

export const personEdits = {
  update: (p: MonitoredPerson, { person }: Input<'update'>): MonitoredPerson => ({
    ...p,
    ...normaliseIdentity(person),
  }),
  addConviction: (p: MonitoredPerson, { conviction }: Input<'addConviction'>): MonitoredPerson => ({
    ...p,
    convictions: [...p.convictions, normaliseConviction(conviction)],
  }),
  removeConviction: (p: MonitoredPerson, { index }: Input<'removeConviction'>): MonitoredPerson => {
    at(p.convictions, index, 'conviction');
    return { ...p, convictions: p.convictions.filter((_, i) => i !== index) };
  },
  addPeriod: (p: MonitoredPerson, { period }: Input<'addPeriod'>): MonitoredPerson => ({
    ...p,
    periods: [...p.periods, { ...normaliseTerms(period), events: [] }],
  }),
  updatePeriod: (p: MonitoredPerson, { index, period }: Input<'updatePeriod'>): MonitoredPerson => {
    const current = at(p.periods, index, 'period');
    return {
      ...p,
      periods: p.periods.map((q, i) =>
        i === index ? { ...normaliseTerms(period), events: current.events } : q,
      ),
    };
  },
  /** A period recorded by mistake goes with every event in it; the trail keeps it. */
  removePeriod: (p: MonitoredPerson, { index }: Input<'removePeriod'>): MonitoredPerson => {
    at(p.periods, index, 'period');
    return { ...p, periods: p.periods.filter((_, i) => i !== index) };
  },
  /**
   * An event joins its period in date order. An extension moves the period's end to its `until`
   * (refused unless later than the current end); an end closes the period on the event's day.
   */
  recordEvent: (p: MonitoredPerson, { period: index, event }: Input<'recordEvent'>): MonitoredPerson => {
    const period = at(p.periods, index, 'period');
    const e = normaliseEvent(event);
    let end = period.end;
    if (e.type === 'extended' && e.until !== null) {
      if (period.end !== null && e.until <= period.end) {
        throw DomainError.field('rule_violation', {
          path: 'event.until',
          key: 'errors.monitoring.extendedNotLater',
          params: { date: period.end },
        });
      }
      end = e.until;
    }
    if (e.type === 'ended') end = e.on;
    const events = [...period.events];
    const later = events.findIndex((x) => x.on > e.on);
    events.splice(later === -1 ? events.length : later, 0, e);
    return { ...p, periods: p.periods.map((q, i) => (i === index ? { ...q, end, events } : q)) };
  },
  /**
   * An event recorded by mistake leaves its period. An extension or an end moved the period's end when
   * it was recorded, and what the end was before is not kept: `end` gives the end without it (left out,
   * the end stays). Any other event never moved the end, so it takes no `end`.
   */
  removeEvent: (
    p: MonitoredPerson,
    { period: index, event: position, end }: Input<'removeEvent'>,
  ): MonitoredPerson => {
    const period = at(p.periods, index, 'period');
    const event = at(period.events, position, 'event');
    if (end !== undefined && event.type !== 'extended' && event.type !== 'ended') {
      throw DomainError.field('rule_violation', {
        path: 'end',
        key: 'errors.monitoring.endOnlyForEndEvents',
      });
    }
    const events = period.events.filter((_, i) => i !== position);
    return {
      ...p,
      periods: p.periods.map((q, i) =>
        i === index ? { ...q, end: end === undefined ? q.end : end, events } : q,
      ),
    };
  },
  decideLink: (
    p: MonitoredPerson,
    { registryNumber, decision }: { registryNumber: string; decision: LinkDecision | null },
  ): MonitoredPerson => {
    const others = p.caseLinks.filter((l) => l.registryNumber !== registryNumber);
    return {
      ...p,
      caseLinks: decision === null ? others : [...others, { registryNumber, status: decision }],
    };
  },
};
