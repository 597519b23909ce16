import type { SupervisionPeriod } from '../../../shared/domain/monitoring';
import { addDays } from '../../../shared/domain/pipeline';
import { convictionFor, earlierConvictions } from './convictions';
import { addMonths, dateBetween } from './days';
import type { Random } from './random';
import type { RegisterBook } from './register-book';
import { registerPlan, type RegisterRow } from './register-plan';
import { buildPeriod, type PeriodSpec } from './supervision';
import type { DistrictName } from './vocabulary';

/** The register's persons who appear in no demo case, as register-plan.ts shapes them. */

export const districtWeights: readonly (readonly [DistrictName, number])[] = [
  ['Almaty', 30],
  ['Yesil', 20],
  ['Saryarka', 20],
  ['Baikonyr', 15],
  ['Nura', 15],
];

/** Most supervised persons break no rule; a few break several. */
export const violationCounts = [
  [0, 50],
  [1, 30],
  [2, 15],
  [3, 5],
] as const;

const REVOKED =
  'Испытательный срок отменён постановлением суда, осуждённый направлен для отбывания наказания';

/** The period as planned, before how it went changes it. */
export function plannedSpec(
  random: Random,
  type: PeriodSpec['type'],
  district: DistrictName,
  start: string,
  months: number,
  checkIns: readonly [number, number],
): PeriodSpec {
  return {
    type,
    district,
    start,
    end: addDays(addMonths(start, months), -1),
    checkInsPerMonth: random.int(checkIns[0], checkIns[1]),
    diligence: random.int(80, 98) / 100,
    violations: random.weighted(violationCounts),
  };
}

function addPlanned(random: Random, book: RegisterBook, row: RegisterRow): void {
  const [, type, startFrom, startTo, months, checkIns, course] = row;
  const start = dateBetween(random, startFrom, startTo);
  const identity = book.newIdentity(random.chance(0.88) ? 'M' : 'F', start, random.int(25, 55));
  const district = random.weighted(districtWeights);
  const length = random.int(months[0], months[1]);
  const planned = plannedSpec(random, type, district, start, length, checkIns);
  const plannedEnd = planned.end!;
  const periods: SupervisionPeriod[] = [];
  if (course === 'extended') {
    const end = addDays(addMonths(start, length + 6), -1);
    periods.push(buildPeriod(random, { ...planned, end, extendedFrom: plannedEnd, violations: 2 }));
  } else if (course === 'revoked') {
    const end = addMonths(start, random.int(10, 16));
    periods.push(
      buildPeriod(random, { ...planned, end, endedEarly: REVOKED, violations: 3, diligence: 0.7 }),
    );
  } else periods.push(buildPeriod(random, planned));
  if (course === 'watchAfter') {
    const watch = plannedSpec(random, 'prosecutorWatch', district, addDays(plannedEnd, 1), 12, [0, 0]);
    periods.push(buildPeriod(random, { ...watch, violations: 0 }));
  }
  const last = convictionFor(random, type, start, plannedEnd);
  const count = random.weighted([
    [0, 45],
    [1, 35],
    [2, 20],
  ] as const);
  const earlier = earlierConvictions(random, count, last.courtDate, identity.birthDate);
  book.add(null, identity, district, { convictions: [...earlier, last], periods });
}

export function addPlannedPersons(random: Random, book: RegisterBook): void {
  for (const row of registerPlan) for (let i = 0; i < row[0]; i += 1) addPlanned(random, book, row);
}
