import type { CaseRecord, Defendant } from '../../../shared/domain/case-record';
import type { MonitoredPerson, SupervisionType } from '../../../shared/domain/monitoring';
import { addDays } from '../../../shared/domain/pipeline';
import { caseConviction, convictionFor, earlierConvictions } from './convictions';
import { addMonths, dateBetween, monthsBetween } from './days';
import type { Random } from './random';
import type { RegisterBook } from './register-book';
import { plannedSpec } from './register-people';
import { REGISTERED_FROM_CASES, reoffencePlan, type Reoffence } from './register-plan';
import { dotted } from './register-texts';
import { buildPeriod, DEMO_RECORDED_UNTIL, type PeriodSpec } from './supervision';
import type { DistrictName } from './vocabulary';

/*
 * Register persons who are also demo defendants, so the register has something to flag:
 * - re-offenders: under supervision when a new case was registered against them; confirmed by the
 *   supervisor, or still waiting (the defendant carries their IIN: flagged; or only the same name and
 *   birth date: suggested);
 * - persons put on the register from their demo conviction to probation (the case is theirs, not a
 *   re-offence), some of them also defendants of an earlier case;
 * - a namesake: the same name and birth date, another person, rejected by the supervisor.
 * Each defendant keeps every field but the IIN it may gain, so no case figure changes.
 */

interface Seat {
  record: CaseRecord;
  defendant: Defendant;
}

const SUPERVISED_UNTIL = '2025-12-31';
const PROBATION_SENTENCES = new Set(['suspended', 'restriction']);
const ageOn = (birthDate: string, on: string) =>
  Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4)) - (on.slice(5) < birthDate.slice(5) ? 1 : 0);
const identityOf = (d: Defendant) => ({ fullName: d.fullName!, birthDate: d.birthDate!, sex: d.sex });
const sentenceMonths = (d: Defendant) => 12 * (d.sentence?.years ?? 0) + (d.sentence?.months ?? 0);

function seatsByPerson(cases: CaseRecord[]): Map<string, Seat[]> {
  const map = new Map<string, Seat[]>();
  for (const record of cases)
    for (const defendant of record.defendants)
      if (defendant.personId && defendant.fullName && defendant.birthDate)
        map.set(defendant.personId, [...(map.get(defendant.personId) ?? []), { record, defendant }]);
  return map;
}

/** A new case against the person: the supervisor records it, and a prison sentence ends the period. */
function afterNewCase(random: Random, spec: PeriodSpec, { record, defendant }: Seat): PeriodSpec {
  const on = addDays(record.registeredOn, random.int(3, 20));
  const what = `Возбуждено уголовное дело № ${record.registryNumber} (ст. ${record.article} УК РК)`;
  const incidents = [{ on, type: 'violation' as const, description: what, until: null }];
  const s = defendant.sentence;
  if (s?.type === 'imprisonment' && spec.end !== null && s.on <= spec.end && s.on > on) {
    const endedEarly = `Осуждён к лишению свободы приговором от ${dotted(s.on)} по делу № ${record.registryNumber}`;
    return { ...spec, end: s.on, endedEarly, incidents };
  }
  return { ...spec, incidents };
}

/** A person registered from their demo conviction to probation, with any earlier convictions. */
function fromConviction(random: Random, { record, defendant }: Seat) {
  const s = defendant.sentence!;
  const spec = plannedSpec(
    random,
    'probation',
    record.district as DistrictName,
    addDays(s.on, 10),
    sentenceMonths(defendant),
    [1, 2],
  );
  const prior = Math.min(defendant.priorConvictions ?? 0, 2);
  const convictions = [
    ...earlierConvictions(random, prior, s.on, defendant.birthDate!),
    caseConviction(record.registryNumber, record.article, record.part, s),
  ];
  return { spec, convictions };
}

export class Reoffenders {
  private readonly byPerson: Map<string, Seat[]>;
  /** The IIN each chosen defendant (by `personId`) carries in every case of theirs. */
  readonly defendantIins = new Map<string, string>();
  private readonly used = new Set<string>();

  constructor(
    private readonly random: Random,
    private readonly book: RegisterBook,
    cases: CaseRecord[],
  ) {
    this.byPerson = seatsByPerson(cases);
  }

  addAll(): void {
    this.addRepeatOffenders();
    this.addRegisteredFromCases();
    for (const [year, outcome] of reoffencePlan) this.addReoffender(year, outcome);
    this.addNamesake();
  }

  private add(
    seat: Seat,
    personId: string | null,
    history: Parameters<RegisterBook['add']>[3],
    withIin: boolean,
  ) {
    const iin = this.book.add(
      personId,
      identityOf(seat.defendant),
      seat.record.district as DistrictName,
      history,
    );
    this.used.add(seat.defendant.personId!);
    if (withIin) this.defendantIins.set(seat.defendant.personId!, iin);
  }

  /** Demo repeat offenders whose new case came while they were on probation for the first. */
  private addRepeatOffenders(): void {
    for (const seats of this.byPerson.values()) {
      const first = seats[0]!;
      const s = first.defendant.sentence;
      if (seats.length < 2 || !s || !PROBATION_SENTENCES.has(s.type)) continue;
      const { spec, convictions } = fromConviction(this.random, first);
      const later = seats.find(
        (x) => x.record.registeredOn > spec.start && x.record.registeredOn <= spec.end!,
      );
      if (!later || later.record.registeredOn > DEMO_RECORDED_UNTIL) continue;
      const periods = [buildPeriod(this.random, afterNewCase(this.random, spec, later))];
      const caseLinks = [{ registryNumber: later.record.registryNumber, status: 'confirmed' as const }];
      this.add(first, first.defendant.personId, { convictions, periods, caseLinks }, true);
    }
  }

  /** Sentenced to probation in 2025, so still under supervision into 2027. */
  private addRegisteredFromCases(): void {
    const candidates = [...this.byPerson.values()]
      .flatMap((seats) => seats)
      .filter(
        ({ defendant: d }) =>
          d.sentence !== null &&
          PROBATION_SENTENCES.has(d.sentence.type) &&
          d.sentence.on >= '2025-01-01' &&
          addMonths(d.sentence.on, sentenceMonths(d)) >= '2027-01-01' &&
          !this.used.has(d.personId!),
      );
    for (const seat of this.random.shuffle(candidates).slice(0, REGISTERED_FROM_CASES)) {
      const { spec, convictions } = fromConviction(this.random, seat);
      this.add(
        seat,
        seat.defendant.personId,
        { convictions, periods: [buildPeriod(this.random, spec)] },
        true,
      );
    }
  }

  /** A man with prior convictions, in his only demo case, registered in `year`. */
  private candidates(year: number, minAge: number, priorConvicted: boolean): Seat[] {
    return [...this.byPerson.values()].flatMap((seats) => {
      const seat = seats[0]!;
      const { record, defendant: d } = seat;
      const fits =
        seats.length === 1 &&
        !this.used.has(d.personId!) &&
        record.registeredOn.startsWith(`${year}-`) &&
        record.registeredOn <= addMonths(DEMO_RECORDED_UNTIL, -1) &&
        ageOn(d.birthDate!, record.registeredOn) >= minAge &&
        (!priorConvicted || (d.sex === 'M' && (d.priorConvictions ?? 0) >= 1));
      return fits ? [seat] : [];
    });
  }

  private addReoffender(year: number, outcome: Reoffence): void {
    const candidates = this.candidates(year, 28, true);
    if (candidates.length === 0) return;
    const seat = this.random.pick(candidates);
    const { record, defendant } = seat;
    const type = this.random.pick([
      'probation',
      'parole',
      'administrative',
    ] as const satisfies SupervisionType[]);
    const start = addDays(record.registeredOn, -this.random.int(90, 540));
    // Still running at the new case, and over by the end of 2025: those supervised today are planned ones.
    const least = monthsBetween(start, record.registeredOn) + 3;
    const most = Math.max(least, monthsBetween(start, SUPERVISED_UNTIL));
    const months = Math.min(Math.max(this.random.int(12, 36), least), most);
    const checkIns = { probation: [1, 2], parole: [1, 1], administrative: [1, 4] } as const;
    const planned = plannedSpec(
      this.random,
      type,
      record.district as DistrictName,
      start,
      months,
      checkIns[type],
    );
    const spec = outcome === 'confirmed' ? afterNewCase(this.random, planned, seat) : planned;
    const last = convictionFor(this.random, type, start, planned.end);
    const prior = Math.min(defendant.priorConvictions ?? 0, 3) - 1;
    const convictions = [
      ...earlierConvictions(this.random, prior, last.courtDate, defendant.birthDate!),
      last,
    ];
    const caseLinks: MonitoredPerson['caseLinks'] =
      outcome === 'confirmed' ? [{ registryNumber: record.registryNumber, status: 'confirmed' }] : [];
    this.add(
      seat,
      null,
      { convictions, periods: [buildPeriod(this.random, spec)], caseLinks },
      outcome !== 'suggestedByName',
    );
  }

  /** Someone on the register with a 2024 defendant's name and birth date, whom the supervisor ruled out. */
  private addNamesake(): void {
    const candidates = this.candidates(2024, 30, false);
    if (candidates.length === 0) return;
    const { record, defendant } = this.random.pick(candidates);
    const districts = (['Almaty', 'Baikonyr', 'Yesil', 'Saryarka', 'Nura'] as const).filter(
      (d) => d !== record.district,
    );
    const district = this.random.pick(districts);
    const start = dateBetween(this.random, '2021-03-01', '2022-06-30');
    const spec = plannedSpec(this.random, 'parole', district, start, this.random.int(12, 18), [1, 1]);
    const last = convictionFor(this.random, 'parole', start, spec.end);
    this.book.add(
      null,
      identityOf(defendant),
      district,
      {
        convictions: [last],
        periods: [buildPeriod(this.random, spec)],
        caseLinks: [{ registryNumber: record.registryNumber, status: 'rejected' }],
      },
      `Однофамилец обвиняемого по делу № ${record.registryNumber}: другое лицо, проверено по ИИН`,
    );
    this.used.add(defendant.personId!);
  }
}
