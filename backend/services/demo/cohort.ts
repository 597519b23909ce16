import { closedReasons, type ClosedReason } from '../../../shared/domain/case-record';
import { DEMO_END, type CohortPlan, type Fate } from './astana-2024';
import { dateBetween, dayOf, daysAfter, earlier, isoOf, later } from './days';
import type { CaseDraft } from './draft';
import type { Random } from './random';
import {
  districtCodes,
  districts,
  extortionPlatforms,
  extortionTactics,
  fraudPlatforms,
  fraudTactics,
} from './vocabulary';

/** Registration, court and closure dates that put each event in the year its fate says. */
interface Dates {
  registeredOn: string;
  forwardedToCourtOn: string | null;
  closedOn: string | null;
  verdictOn: string | null;
}

function datesFor(random: Random, fate: Fate, year: number): Dates {
  const y = (month: string, offset = 0) => `${year + offset}-${month}`;
  // The last cohort stops at the demo's end date, so its cases must start (and finish) earlier.
  const last = year === Number(DEMO_END.slice(0, 4));
  const none = { forwardedToCourtOn: null, closedOn: null, verdictOn: null };
  switch (fate) {
    case 'same': {
      const registeredOn = dateBetween(random, y('01-05'), last ? y('04-30') : y('07-31'));
      const forwardedToCourtOn = daysAfter(random, registeredOn, 20, last ? 50 : 60);
      return {
        ...none,
        registeredOn,
        forwardedToCourtOn,
        verdictOn: daysAfter(random, forwardedToCourtOn, 25, last ? 80 : 90),
      };
    }
    case 'late': {
      const registeredOn = dateBetween(random, y('06-01'), y('10-31'));
      const forwardedToCourtOn = dateBetween(
        random,
        later(isoOf(dayOf(registeredOn) + 20), y('09-15')),
        y('12-20'),
      );
      return {
        ...none,
        registeredOn,
        forwardedToCourtOn,
        verdictOn: dateBetween(random, y('01-15', 1), y('06-30', 1)),
      };
    }
    case 'next': {
      // Registered in the last quarter, forwarded early next year: counted as forwarded in the next year.
      const registeredOn = dateBetween(random, y('10-01'), y('12-20'));
      const forwardedToCourtOn = dateBetween(random, y('01-10', 1), y('03-31', 1));
      return {
        ...none,
        registeredOn,
        forwardedToCourtOn,
        verdictOn: daysAfter(random, forwardedToCourtOn, 30, 150),
      };
    }
    case 'inCourt': {
      const registeredOn = dateBetween(random, y('01-05'), last ? y('08-31') : y('10-31'));
      return { ...none, registeredOn, forwardedToCourtOn: daysAfter(random, registeredOn, 20, 60) };
    }
    case 'open':
      return {
        ...none,
        registeredOn: dateBetween(random, last ? y('06-15') : y('01-05'), last ? DEMO_END : y('12-20')),
      };
    default: {
      const registeredOn = dateBetween(random, y('01-05'), last ? y('08-31') : y('12-20'));
      return { ...none, registeredOn, closedOn: earlier(daysAfter(random, registeredOn, 15, 120), DEMO_END) };
    }
  }
}

const isClosure = (fate: Fate): fate is ClosedReason => (closedReasons as readonly string[]).includes(fate);

type Weights = readonly (readonly [string, number])[];

// Part 2 of articles 190 and 194 covers a group acting by prior agreement; parts 3–4 large amounts.
const groupParts: Weights = [
  ['2', 70],
  ['3', 22],
  ['4', 8],
];
const singleParts: Weights = [
  ['1', 60],
  ['2', 25],
  ['3', 15],
];
const drugParts: Weights = [
  ['1', 40],
  ['2', 45],
  ['3', 15],
];

const partFor = (random: Random, article: string, group: boolean): string =>
  random.weighted(article === '297' ? drugParts : group ? groupParts : singleParts);

/** Damage by part, in thousands of tenge. */
const damageThousands: Record<string, readonly [number, number]> = {
  '1': [30, 900],
  '2': [50, 1500],
  '3': [900, 4000],
  '4': [4000, 15000],
};

function damageFor(random: Random, article: string, part: string): number | null {
  if (article === '297') return null;
  // Some extortion stops at the demand (an attempt): no money changed hands.
  if (article === '194' && random.chance(0.15)) return null;
  const [min, max] = damageThousands[part] ?? damageThousands['1']!;
  return random.int(min, max) * 1000;
}

/** One to two distinct values, the first drawn by weight. */
function someOf(random: Random, table: Weights, max = 2): string[] {
  const chosen = new Set<string>();
  const wanted = random.chance(0.35) ? max : 1;
  while (chosen.size < wanted) chosen.add(random.weighted(table));
  return [...chosen];
}

/** A plan's fates, shuffled over its district slots, with dates, article and circumstances drawn. */
export function draftCohort(random: Random, plan: CohortPlan): CaseDraft[] {
  const fates = plan.rows.flatMap(([n, fate, group, defendants]) =>
    Array.from({ length: n }, () => ({ fate, group, defendants })),
  );
  const slots = districts.flatMap((d) => Array.from({ length: plan.registered[d] }, () => d));
  if (slots.length !== fates.length) {
    throw new Error(`demo plan ${plan.year}: ${fates.length} fates for ${slots.length} registered cases`);
  }
  random.shuffle(slots);
  const articles = articleSlots(
    random,
    plan,
    fates.map((f) => f.fate),
  );
  const drafts = fates.map(({ fate, group, defendants }, i): CaseDraft => {
    const dates = datesFor(random, fate, plan.year);
    const article = articles[i]!;
    const part = partFor(random, article, group);
    return {
      plan,
      fate,
      registryNumber: '',
      article,
      part,
      district: slots[i]!,
      ...dates,
      closedReason: isClosure(fate) ? fate : null,
      groupCrime: group,
      platforms:
        article === '297'
          ? ['Telegram']
          : someOf(random, article === '194' ? extortionPlatforms : fraudPlatforms),
      tactics: article === '297' ? [] : someOf(random, article === '194' ? extortionTactics : fraudTactics),
      damageKzt: damageFor(random, article, part),
      victims: [],
      defendants: [...defendants].map((v) => ({
        verdict: v as 'C' | 'A' | '-',
        sentence: null,
        person: null,
      })),
    };
  });
  numberCases(random, drafts);
  return drafts;
}

/** Articles by case: the plan's fraud and drug counts on random cases (never merged ones), 194 elsewhere. */
function articleSlots(random: Random, plan: CohortPlan, fates: Fate[]): string[] {
  const articles = fates.map(() => '194');
  const candidates = random.shuffle(fates.flatMap((fate, i) => (fate === 'merged' ? [] : [i])));
  let next = 0;
  for (const [article, count] of Object.entries(plan.otherArticles)) {
    for (let k = 0; k < count; k += 1) articles[candidates[next++]!] = article;
  }
  return articles;
}

/**
 * 15-digit numbers in the manner of the unified register (ERDR): year, region 51 (Astana), the
 * district's body, a service code and a sequence that grows through the year with gaps.
 */
function numberCases(random: Random, drafts: CaseDraft[]): void {
  const sequences = new Map<string, number>();
  const inOrder = [...drafts].sort((a, b) => a.registeredOn.localeCompare(b.registeredOn));
  for (const draft of inOrder) {
    // Extortion is numbered by service 03, the cases beside it by 05: one number never comes twice.
    const service = draft.article === '194' ? '03' : '05';
    const prefix = `${draft.registeredOn.slice(2, 4)}51${districtCodes[draft.district]}${service}`;
    const sequence = (sequences.get(prefix) ?? 1_000_000 + random.int(0, 300)) + random.int(1, 60);
    sequences.set(prefix, sequence);
    draft.registryNumber = `${prefix}${sequence}`;
  }
}

/** Throws on a date after the demo's end: a plan that cannot happen by then is a programming error. */
export function checkEndDate(draft: CaseDraft): void {
  for (const date of [draft.registeredOn, draft.forwardedToCourtOn, draft.closedOn, draft.verdictOn]) {
    if (date !== null && date > DEMO_END) {
      throw new Error(`demo case ${draft.registryNumber} (${draft.fate}) has ${date}, after ${DEMO_END}`);
    }
  }
}
