import { isFutureDate } from '../dates';
import type { CaseRecord } from './case-record';
import type { MonitoredPerson } from './monitoring';
import type { RuleIssue } from './pipeline';

/*
 * One rule for the dates of things that happened: none may be after today (the office's date, see
 * `todayIso`). It covers every event date of the model: a case's registration, forwarding and
 * closure; a person's birth; a verdict and a sentence; a prior conviction and the release from it;
 * what happened during supervision (a check-in attended or missed, a violation, a warning, an
 * extension or end being decided).
 *
 * Plans are not events and may lie ahead: a supervision period's start and end (a period can be
 * entered before it begins: it is then "upcoming") and the new end of an extended period (`until`).
 *
 * Forms, the API and the import all check with these functions; `today` is passed in so that tests
 * can fix it.
 */

export const FUTURE_DATE_KEY = 'errors.date.future';

type Dated = [path: string, date: string | null];

function caseDates(c: CaseRecord): Dated[] {
  const dates: Dated[] = [
    ['registeredOn', c.registeredOn],
    ['forwardedToCourtOn', c.forwardedToCourtOn],
    ['closedOn', c.closedOn],
  ];
  c.victims.forEach((v, i) => {
    dates.push([`victims[${i}].birthDate`, v.birthDate]);
    // A year alone is in the future only once the whole year is: its first day is after today.
    dates.push([`victims[${i}].birthYear`, v.birthYear === null ? null : `${v.birthYear}-01-01`]);
  });
  c.defendants.forEach((d, i) => {
    const at = `defendants[${i}]`;
    dates.push([`${at}.birthDate`, d.birthDate], [`${at}.convictedOn`, d.convictedOn]);
    dates.push([`${at}.acquittedOn`, d.acquittedOn], [`${at}.sentence.on`, d.sentence?.on ?? null]);
  });
  return dates;
}

function personDates(p: MonitoredPerson): Dated[] {
  const dates: Dated[] = [['birthDate', p.birthDate]];
  p.convictions.forEach((c, i) => {
    dates.push([`convictions[${i}].courtDate`, c.courtDate], [`convictions[${i}].releasedOn`, c.releasedOn]);
  });
  p.periods.forEach((period, i) =>
    period.events.forEach((e, j) => dates.push([`periods[${i}].events[${j}].on`, e.on])),
  );
  return dates;
}

/**
 * The dates after `today`, each at its field. With `before` (the record as stored), only dates this
 * change writes are checked: a date already recorded does not block an unrelated edit.
 */
function futureDates(after: Dated[], today: string, before: Dated[] = []): RuleIssue[] {
  const stored = new Map(before);
  return after
    .filter(([path, date]) => date !== null && isFutureDate(date, today) && stored.get(path) !== date)
    .map(([path]) => ({ path, key: FUTURE_DATE_KEY, params: { date: today } }));
}

export const caseFutureDates = (c: CaseRecord, today: string, before?: CaseRecord | null): RuleIssue[] =>
  futureDates(caseDates(c), today, before ? caseDates(before) : []);

export const personFutureDates = (
  p: MonitoredPerson,
  today: string,
  before?: MonitoredPerson | null,
): RuleIssue[] => futureDates(personDates(p), today, before ? personDates(before) : []);
