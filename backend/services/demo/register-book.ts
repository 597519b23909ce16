import type { Sex } from '../../../shared/domain/case-record';
import { composeIin } from '../../../shared/domain/iin-compose';
import type { Conviction, MonitoredPerson, SupervisionPeriod } from '../../../shared/domain/monitoring';
import { comparableName } from '../../../shared/domain/person-match';
import { birthDateForAge } from './days';
import { fullName } from './names';
import type { Random } from './random';
import { personNotes } from './register-texts';
import type { DistrictName } from './vocabulary';

/*
 * The demo register as it is being built: IINs are issued once each, and a person made up for the
 * register never shares a name and birth date with a demo defendant by chance (that would make an
 * unplanned suggestion); the namesake who does is planned.
 */

export interface Identity {
  fullName: string;
  birthDate: string;
  sex: Sex;
}

/** A person before numbering: `personId` null takes the next `M-` register number. */
export interface DraftPerson extends Omit<MonitoredPerson, 'personId'> {
  personId: string | null;
}

export const identityKey = (p: { fullName: string | null; birthDate: string | null }) =>
  `${comparableName(p.fullName ?? '')}|${p.birthDate ?? ''}`;

export class RegisterBook {
  private readonly iins = new Set<string>();
  readonly persons: DraftPerson[] = [];

  constructor(
    private readonly random: Random,
    private readonly defendantIdentities: ReadonlySet<string>,
  ) {}

  issueIin(p: Identity): string {
    for (;;) {
      const iin = composeIin(p.birthDate, p.sex, this.random.int(1, 9999));
      if (iin !== null && !this.iins.has(iin)) {
        this.iins.add(iin);
        return iin;
      }
    }
  }

  /** Someone of `age` on `on` who is not a demo defendant. */
  newIdentity(sex: Sex, on: string, age: number): Identity {
    for (;;) {
      const identity = {
        fullName: fullName(this.random, sex),
        birthDate: birthDateForAge(this.random, on, age),
        sex,
      };
      if (!this.defendantIdentities.has(identityKey(identity))) return identity;
    }
  }

  /** Adds a person with a newly issued IIN, which it returns. */
  add(
    personId: string | null,
    identity: Identity,
    district: DistrictName,
    history: {
      convictions: Conviction[];
      periods: SupervisionPeriod[];
      caseLinks?: MonitoredPerson['caseLinks'];
    },
    notes?: string,
  ): string {
    const iin = this.issueIin(identity);
    this.persons.push({
      personId,
      iin,
      ...identity,
      district,
      notes: notes ?? (this.random.chance(0.3) ? this.random.pick(personNotes) : null),
      convictions: history.convictions,
      periods: history.periods,
      caseLinks: history.caseLinks ?? [],
    });
    return iin;
  }

  /** In the order they came under supervision; those without a number take the next `M-` one. */
  numbered(): MonitoredPerson[] {
    const firstStart = (p: DraftPerson) => p.periods.map((q) => q.start).sort()[0] ?? '';
    let next = 0;
    return [...this.persons]
      .sort((a, b) => firstStart(a).localeCompare(firstStart(b)) || a.fullName.localeCompare(b.fullName))
      .map(({ personId, ...rest }) => ({
        personId: personId ?? `M-${String((next += 1)).padStart(6, '0')}`,
        iin: rest.iin,
        fullName: rest.fullName,
        birthDate: rest.birthDate,
        sex: rest.sex,
        district: rest.district,
        notes: rest.notes,
        convictions: rest.convictions,
        periods: rest.periods,
        caseLinks: rest.caseLinks,
      }));
  }
}
