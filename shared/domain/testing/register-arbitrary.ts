import fc from 'fast-check';
import { composeIin } from '../iin-compose';
import {
  monitoringEventTypes,
  type CaseLink,
  supervisionTypes,
  type MonitoredPerson,
  type MonitoringEvent,
  type SupervisionPeriod,
} from '../monitoring';
import { addDays } from '../pipeline';

/*
 * fast-check generators of monitoring registers that satisfy every rule of monitoring-rules.ts:
 * IINs that agree with birth date and sex, events inside their period (an extension's `until` after
 * its day, and the period's end), register numbers and IINs unique in the register, links only to the given cases.
 */

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const text = optional(fc.constantFrom('Бары, ночные клубы', '22:00–06:00', 'note "quoted" \\ 😀', ' x '));
const day = (from: string, span: number) => fc.integer({ min: 0, max: span }).map((n) => addDays(from, n));

function eventsWithin(start: string, end: string | null): fc.Arbitrary<MonitoringEvent[]> {
  const span = end === null ? 900 : Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000);
  const event = fc
    .record({
      offset: fc.integer({ min: 0, max: span }),
      type: fc.constantFrom(...monitoringEventTypes),
      description: text,
    })
    .map(({ offset, type, description }): MonitoringEvent => {
      const on = addDays(start, offset);
      if (type !== 'extended') return { on, type, description, until: null };
      if (end === null) return { on, type, description, until: addDays(on, 30) };
      // An extension sets the period's end (monitoring-rules.ts): it runs to that end, which must lie after its day.
      return end > on
        ? { on, type, description, until: end }
        : { on, type: 'attended', description, until: null };
    });
  return fc.array(event, { maxLength: 6 });
}

const period: fc.Arbitrary<SupervisionPeriod> = fc
  .record({
    type: fc.constantFrom(...supervisionTypes),
    basis: text,
    // Ends (up to 1500 days on) and events stay before 2026-03: no event may be after today.
    start: day('2016-01-01', 6 * 365),
    length: optional(fc.integer({ min: 0, max: 1500 })),
    checkInsPerMonth: fc.integer({ min: 0, max: 4 }),
    curfew: text,
    bannedPlaces: text,
    travel: text,
    officer: text,
  })
  .chain(({ length, ...t }) => {
    const end = length === null ? null : addDays(t.start, length);
    // Keys in the canonical order, so a generated file is byte for byte what export writes.
    return eventsWithin(t.start, end).map((events) => ({
      type: t.type,
      basis: t.basis,
      start: t.start,
      end,
      checkInsPerMonth: t.checkInsPerMonth,
      curfew: t.curfew,
      bannedPlaces: t.bannedPlaces,
      travel: t.travel,
      officer: t.officer,
      events,
    }));
  });

const conviction = fc
  .record({
    article: fc.constantFrom('194', '188', '190', '293'),
    part: optional(fc.constantFrom('1', '2', '3')),
    courtDate: day('2005-01-01', 15 * 365),
    sentence: text,
    served: optional(fc.integer({ min: 0, max: 2000 })),
    registryNumber: optional(fc.constantFrom('R-old-1', '235100031000001')),
  })
  .map(({ served, ...c }) => ({ ...c, releasedOn: served === null ? null : addDays(c.courtDate, served) }))
  .map((c) => ({
    article: c.article,
    part: c.part,
    courtDate: c.courtDate,
    sentence: c.sentence,
    releasedOn: c.releasedOn,
    registryNumber: c.registryNumber,
  }));

/** Persons whose links name only `registryNumbers`; register numbers `M-000001`… and IINs unique. */
export function validRegister(
  registryNumbers: readonly string[],
  maxLength = 5,
): fc.Arbitrary<MonitoredPerson[]> {
  const person = fc.record({
    withIin: fc.boolean(),
    fullName: fc.constantFrom('Аманов Ерлан Болатович', 'Иванова Анна Петровна', 'Ким Денис'),
    birthDate: day('1950-01-01', 50 * 365),
    sex: fc.constantFrom('M' as const, 'F' as const),
    district: optional(fc.constantFrom('Almaty', 'Yesil', 'Kabanbay')),
    notes: text,
    convictions: fc.array(conviction, { maxLength: 3 }),
    periods: fc.array(period, { maxLength: 3 }),
    caseLinks: registryNumbers.length
      ? fc.uniqueArray(
          fc.record({
            registryNumber: fc.constantFrom(...registryNumbers),
            status: fc.constantFrom('confirmed' as const, 'rejected' as const),
          }),
          { selector: (l) => l.registryNumber, maxLength: 2 },
        )
      : fc.constant<CaseLink[]>([]),
  });
  return fc.array(person, { maxLength }).map((persons) =>
    persons.map(({ withIin, ...p }, i): MonitoredPerson => {
      // One serial per person keeps IINs unique; the rare serial no office issues leaves the IIN out.
      const iin = withIin ? composeIin(p.birthDate, p.sex, i + 1) : null;
      return {
        personId: `M-${String(i + 1).padStart(6, '0')}`,
        iin,
        fullName: p.fullName,
        birthDate: p.birthDate,
        sex: p.sex,
        district: p.district,
        notes: p.notes,
        convictions: p.convictions,
        periods: p.periods,
        caseLinks: p.caseLinks,
      };
    }),
  );
}
