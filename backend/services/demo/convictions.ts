import type { Sentence } from '../../../shared/domain/case-record';
import type { Conviction, SupervisionType } from '../../../shared/domain/monitoring';
import { addMonths, dateBetween, dayOf, isoOf, monthsBetween } from './days';
import type { Random } from './random';
import { sentenceText } from './register-texts';

/*
 * The convictions behind a demo register entry, oldest first: the one that put the person under the
 * period's kind of supervision, dated from the period, and up to two earlier ones, never before the
 * person turned 18. Extortion (194) and the crimes it keeps company with: theft (188), fraud (190),
 * hooliganism (293), drugs (297).
 */

const articles: readonly (readonly [readonly [string, readonly string[]], number])[] = [
  [['194', ['1', '2', '3']], 30],
  [['188', ['1', '2', '3']], 30],
  [['190', ['1', '2']], 20],
  [['293', ['1', '2']], 15],
  [['297', ['1']], 5],
];

const term = (type: Sentence['type'], months: number) => ({
  type,
  years: Math.floor(months / 12),
  months: months % 12,
  fineKzt: null,
});

const shifted = (iso: string, days: number) => isoOf(dayOf(iso) + days);

function conviction(
  random: Random,
  courtDate: string,
  sentence: Omit<Sentence, 'on'>,
  releasedOn: string | null,
): Conviction {
  const [article, parts] = random.weighted(articles);
  return {
    article,
    part: random.pick(parts),
    courtDate,
    sentence: sentenceText(sentence),
    releasedOn,
    registryNumber: null,
  };
}

/** The conviction whose sentence this period carries out (or follows, for a watch or administrative supervision). */
export function convictionFor(
  random: Random,
  type: SupervisionType,
  start: string,
  end: string | null,
): Conviction {
  const months = end === null ? 24 : Math.max(6, monthsBetween(start, end));
  if (type === 'probation') {
    const courtDate = shifted(start, -random.int(7, 20));
    const suspended = random.chance(0.6);
    return conviction(random, courtDate, term(suspended ? 'suspended' : 'restriction', months), null);
  }
  if (type === 'parole') {
    const served = random.int(18, 48);
    const courtDate = shifted(addMonths(start, -served), -random.int(0, 60));
    return conviction(random, courtDate, term('imprisonment', served + months), start);
  }
  const releasedOn = shifted(start, -(type === 'administrative' ? random.int(1, 20) : random.int(10, 120)));
  const years = random.int(2, 6);
  return conviction(random, addMonths(releasedOn, -12 * years), term('imprisonment', 12 * years), releasedOn);
}

/** Up to `count` convictions before `before`, each some years apart, none before the person was 18. */
export function earlierConvictions(
  random: Random,
  count: number,
  before: string,
  birthDate: string,
): Conviction[] {
  const adult = addMonths(birthDate, 12 * 18);
  const list: Conviction[] = [];
  let next = before;
  for (let i = 0; i < count; i += 1) {
    const courtDate = dateBetween(random, addMonths(next, -60), addMonths(next, -24));
    if (courtDate < adult) break;
    const drawn = random.weighted([
      ['imprisonment', 40],
      ['suspended', 25],
      ['restriction', 20],
      ['fine', 15],
    ] as const);
    // A prison term ends at least half a year before the next offence.
    const room = monthsBetween(courtDate, next) - 6;
    const kind = drawn === 'imprisonment' && room < 12 ? 'suspended' : drawn;
    if (kind === 'fine') {
      list.push(
        conviction(
          random,
          courtDate,
          { type: 'fine', years: null, months: null, fineKzt: random.int(10, 200) * 10_000 },
          null,
        ),
      );
    } else {
      const months =
        kind === 'imprisonment'
          ? 12 * random.int(1, Math.min(3, Math.floor(room / 12)))
          : 12 * random.int(1, 2);
      // Released (or free) well before the next offence.
      const releasedOn = kind === 'imprisonment' ? addMonths(courtDate, months - random.int(0, 6)) : null;
      list.push(conviction(random, courtDate, term(kind, months), releasedOn));
    }
    next = courtDate;
  }
  return list.reverse();
}

/** A conviction recorded in a demo case: the register links it to its case, never a re-offence. */
export function caseConviction(
  registryNumber: string,
  article: string,
  part: string | null,
  sentence: Sentence,
): Conviction {
  return {
    article,
    part,
    courtDate: sentence.on,
    sentence: sentenceText(sentence),
    releasedOn: null,
    registryNumber,
  };
}
