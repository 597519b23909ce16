import { dueDatesUntil } from '../../../shared/domain/check-in-schedule';
import type {
  MonitoringEvent,
  MonitoringEventType,
  SupervisionPeriod,
  SupervisionType,
} from '../../../shared/domain/monitoring';
import { dateBetween, dayOf, earlier, isoOf } from './days';
import type { Random } from './random';
import {
  bannedPlaces,
  basisText,
  curfews,
  missedTexts,
  officerNames,
  officerTitles,
  servedTexts,
  travelRules,
  violations,
  WARNING_TEXT,
} from './register-texts';
import type { DistrictName } from './vocabulary';

/*
 * One supervision period of the demo register with what a supervisor recorded in it: check-ins
 * (mostly attended, a missed one acknowledged the same day), violations with the warnings they
 * bring, an extension, the end. Nothing is recorded after the demo's last day, so a period still
 * running then shows the check-ins due since as overdue, as an unattended register would.
 */

/** The register is kept to the end of 2025, the demo's last year (its cases run to October). */
export const DEMO_RECORDED_UNTIL = '2025-12-31';

export interface PeriodSpec {
  type: SupervisionType;
  district: DistrictName;
  start: string;
  /** The last day, after any extension; null for a watch without a set end. */
  end: string | null;
  checkInsPerMonth: number;
  /** The end the court set first, when it later extended the period to `end`. */
  extendedFrom?: string;
  /** Why the period ended on `end`, when not because its term ran out. */
  endedEarly?: string;
  /** The chance of coming to each check-in. */
  diligence: number;
  violations: number;
  /** Further events, such as a new criminal case the supervisor learned of. */
  incidents?: MonitoringEvent[];
}

const order: Record<MonitoringEventType, number> = {
  attended: 0,
  missed: 1,
  violation: 2,
  warning: 3,
  extended: 4,
  ended: 5,
};

const event = (
  on: string,
  type: MonitoringEventType,
  description: string | null,
  until: string | null = null,
) => ({ on, type, description, until }) satisfies MonitoringEvent;

const shifted = (iso: string, days: number) => isoOf(dayOf(iso) + days);

function checkIns(random: Random, spec: PeriodSpec, until: string): MonitoringEvent[] {
  const events: MonitoringEvent[] = [];
  let windowStart = spec.start;
  for (const due of dueDatesUntil(
    { start: spec.start, end: spec.end, perMonth: spec.checkInsPerMonth },
    until,
  )) {
    // A check-in is attended on some day since the previous one was due (or since the month began).
    const from = windowStart.slice(0, 7) === due.slice(0, 7) ? windowStart : `${due.slice(0, 7)}-01`;
    if (random.chance(spec.diligence)) events.push(event(dateBetween(random, from, due), 'attended', null));
    else {
      events.push(event(due, 'missed', random.pick(missedTexts)));
      const warnedOn = shifted(due, random.int(1, 5));
      if (random.chance(0.5) && warnedOn <= until) events.push(event(warnedOn, 'warning', WARNING_TEXT));
    }
    windowStart = shifted(due, 1);
  }
  return events;
}

function offences(random: Random, spec: PeriodSpec, until: string, before: string): MonitoringEvent[] {
  const events: MonitoringEvent[] = [];
  const last = earlier(until, before);
  if (last < spec.start) return events;
  for (let i = 0; i < spec.violations; i += 1) {
    const on = dateBetween(random, spec.start, last);
    events.push(event(on, 'violation', random.pick(violations)));
    const warnedOn = shifted(on, random.int(1, 7));
    if (random.chance(0.7) && warnedOn <= until) events.push(event(warnedOn, 'warning', WARNING_TEXT));
  }
  return events;
}

export function buildPeriod(random: Random, spec: PeriodSpec): SupervisionPeriod {
  const until = spec.end === null ? DEMO_RECORDED_UNTIL : earlier(spec.end, DEMO_RECORDED_UNTIL);
  const events = until < spec.start ? [] : checkIns(random, spec, until);
  let extendedOn: string | null = null;
  if (spec.extendedFrom && spec.end !== null) {
    extendedOn = earlier(shifted(spec.extendedFrom, -random.int(10, 40)), until);
    events.push(
      event(extendedOn, 'extended', 'Надзор продлён на 6 месяцев постановлением суда за нарушения', spec.end),
    );
  }
  // Violations come before an extension, which a court grants for them.
  events.push(...offences(random, spec, until, extendedOn ? shifted(extendedOn, -20) : until));
  events.push(...(spec.incidents ?? []).filter((e) => e.on >= spec.start && e.on <= until));
  if (spec.end !== null && spec.end <= DEMO_RECORDED_UNTIL)
    events.push(event(spec.end, 'ended', spec.endedEarly ?? servedTexts[spec.type]));
  events.sort((a, b) => a.on.localeCompare(b.on) || order[a.type] - order[b.type]);
  const restricted = spec.type !== 'prosecutorWatch';
  return {
    type: spec.type,
    basis: basisText(spec.type, spec.district, shifted(spec.start, -random.int(3, 15))),
    start: spec.start,
    end: spec.end,
    checkInsPerMonth: spec.checkInsPerMonth,
    curfew:
      spec.type === 'administrative' || (restricted && random.chance(0.4)) ? random.pick(curfews) : null,
    bannedPlaces: restricted && random.chance(0.7) ? random.pick(bannedPlaces) : null,
    travel: restricted ? random.pick(travelRules) : null,
    officer: `${officerTitles[spec.type]} ${random.pick(officerNames)}`,
    events,
  };
}
