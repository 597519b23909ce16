import type { Employment, Sex, Victim } from '../../../shared/domain/case-record';
import type { CohortPlan } from './astana-2024';
import { birthDateForAge } from './days';
import type { CaseDraft, DefendantDraft } from './draft';
import { fullName } from './names';
import type { Random } from './random';
import {
  offenderAges,
  offenderEmployment,
  priorConvictions,
  victimAges,
  victimEmployment,
} from './vocabulary';

/** `women` F and the rest M, in random order: the cohort's exact shares, spread at random. */
function sexes(random: Random, total: number, women: number): Sex[] {
  if (women > total) throw new Error(`demo plan: ${women} women among ${total} people`);
  return random.shuffle(Array.from({ length: total }, (_, i): Sex => (i < women ? 'F' : 'M')));
}

const ageFrom = (random: Random, bands: readonly (readonly [number, number, number])[]) => {
  const [min, max] = random.weighted(bands.map(([lo, hi, weight]) => [[lo, hi], weight] as const));
  return random.int(min, max);
};

function victim(random: Random, sex: Sex, registeredOn: string): Victim {
  const age = ageFrom(random, victimAges);
  // Teenagers are at school, the oldest retired; the rest as the review describes them.
  const employment: Employment | null =
    age < 18 ? 'student' : age >= 63 ? 'pensioner' : random.weighted(victimEmployment);
  const known = random.weighted([
    ['date', 85],
    ['year', 11],
    ['none', 4],
  ] as const);
  return {
    sex,
    birthDate: known === 'date' ? birthDateForAge(random, registeredOn, age) : null,
    birthYear: known === 'year' ? Number(registeredOn.slice(0, 4)) - age : null,
    employment,
  };
}

/** Victims of one cohort: none for merged and drug cases, one elsewhere, two in a few cases. */
export function placeVictims(random: Random, plan: CohortPlan, drafts: CaseDraft[]): void {
  const withVictims = drafts.filter((d) => d.fate !== 'merged' && d.article !== '297');
  const extra = plan.victims - withVictims.length;
  if (extra < 0)
    throw new Error(`demo plan ${plan.year}: ${plan.victims} victims for ${withVictims.length} cases`);
  const twice = new Set(random.shuffle([...withVictims]).slice(0, extra));
  const sexOf = sexes(random, plan.victims, plan.womenVictims);
  let next = 0;
  for (const draft of withVictims) {
    const count = twice.has(draft) ? 2 : 1;
    draft.victims = Array.from({ length: count }, () => victim(random, sexOf[next++]!, draft.registeredOn));
  }
}

interface Person {
  personId: string;
  fullName: string;
  sex: Sex;
  birthDate: string;
  employment: Employment;
  priorConvictions: number;
  /** The seat they took in their first case (its verdict and sentence tell whether they are free). */
  first: { draft: CaseDraft; seat: DefendantDraft };
  repeated: boolean;
}

/** Everybody who has been a defendant so far, to number new people and to find repeat offenders. */
export class People {
  private readonly all: Person[] = [];

  constructor(private readonly random: Random) {}

  create(sex: Sex, draft: CaseDraft, seat: DefendantDraft): Person {
    const random = this.random;
    const person: Person = {
      personId: `P-${String(this.all.length + 1).padStart(6, '0')}`,
      fullName: fullName(random, sex),
      sex,
      birthDate: birthDateForAge(random, draft.registeredOn, ageFrom(random, offenderAges)),
      employment: random.weighted(offenderEmployment),
      priorConvictions: random.weighted(priorConvictions),
      first: { draft, seat },
      repeated: false,
    };
    this.all.push(person);
    return person;
  }

  /** A man from an earlier year's case who was not sent to prison, once only. */
  repeatOffender(registeredOn: string): Person {
    const year = registeredOn.slice(0, 4);
    const free = this.all.filter(
      (p) =>
        p.sex === 'M' &&
        !p.repeated &&
        p.first.draft.registeredOn.slice(0, 4) < year &&
        p.first.seat.sentence?.type !== 'imprisonment',
    );
    if (free.length === 0) throw new Error(`demo plan: nobody to reoffend in ${year}`);
    const person = this.random.pick(free);
    person.repeated = true;
    return person;
  }
}

/** Fills the cohort's defendant seats with people: the plan's exact share of women, a few repeat offenders. */
export function placeDefendants(random: Random, plan: CohortPlan, drafts: CaseDraft[], people: People): void {
  const seats = drafts.flatMap((draft) => draft.defendants.map((seat) => ({ draft, seat })));
  const sexOf = sexes(random, seats.length, plan.womenOffenders);
  const men = seats.flatMap((_, i) => (sexOf[i] === 'M' ? [i] : []));
  const repeats = new Set(random.shuffle(men).slice(0, plan.repeatOffenders));
  seats.forEach(({ draft, seat }, i) => {
    const p = repeats.has(i)
      ? people.repeatOffender(draft.registeredOn)
      : people.create(sexOf[i]!, draft, seat);
    const identity = { personId: p.personId, fullName: p.fullName, sex: p.sex, birthDate: p.birthDate };
    if (p.first.seat === seat) {
      seat.person = { ...identity, employment: p.employment, priorConvictions: p.priorConvictions };
      return;
    }
    // Back again: a conviction in the first case before this one counts as one more prior conviction.
    const convictedBefore = p.first.seat.verdict === 'C' && p.first.draft.verdictOn! < draft.registeredOn;
    seat.person = {
      ...identity,
      employment: random.chance(0.7) ? p.employment : random.weighted(offenderEmployment),
      priorConvictions: p.priorConvictions + (convictedBefore ? 1 : 0),
    };
  });
}
