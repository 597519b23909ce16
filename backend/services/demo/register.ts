import type { CaseRecord } from '../../../shared/domain/case-record';
import type { MonitoredPerson } from '../../../shared/domain/monitoring';
import { createRandom } from './random';
import { identityKey, RegisterBook } from './register-book';
import { addPlannedPersons } from './register-people';
import { Reoffenders } from './reoffenders';

/** The register draws from its own stream, so adding it changed none of the demo cases. */
const REGISTER_STREAM = 0x6d6f6e;

/**
 * The demo monitoring register (about forty persons) for the demo cases, and the cases with the IINs
 * of the register's persons given to the defendants who are them. The same seed gives the same data.
 */
export function generateDemoRegister(
  seed: number,
  cases: CaseRecord[],
): { cases: CaseRecord[]; monitoring: MonitoredPerson[] } {
  const random = createRandom(seed ^ REGISTER_STREAM);
  const book = new RegisterBook(random, new Set(cases.flatMap((c) => c.defendants.map(identityKey))));
  const reoffenders = new Reoffenders(random, book, cases);
  reoffenders.addAll();
  addPlannedPersons(random, book);
  const iins = reoffenders.defendantIins;
  const withIins = cases.map((c) =>
    c.defendants.some((d) => d.personId !== null && iins.has(d.personId))
      ? {
          ...c,
          defendants: c.defendants.map(({ personId, ...rest }) => {
            const iin = personId === null ? undefined : iins.get(personId);
            return iin === undefined ? { personId, ...rest } : { personId, iin, ...rest };
          }),
        }
      : c,
  );
  return { cases: withIins, monitoring: book.numbered() };
}
