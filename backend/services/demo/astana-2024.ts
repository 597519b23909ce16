import type { ClosedReason } from '../../../shared/domain/case-record';
import type { DistrictName } from './vocabulary';

/*
 * The shape of the demo data, year by year, chosen so that 2024 reproduces the Astana prosecutor's
 * office review of extortion exactly when counted by the rules of spec §3 (by the date of each event):
 *
 *   registered 52, forwarded to court 34 (65.4 %), convicted 27 persons, 11 of them imprisoned for 3
 *   to 7 years; Almaty −21.4 % (22 against 28), Yesil −12.5 % (14 against 16), Saryarka +100 %,
 *   Baikonyr +100 %, Nura +50 %; victims 28 % women (14 of 50), offenders 90 % men (63 of 70),
 *   group crime 53.8 % (28 of 52). 2023 gives the review's comparison year: 53 registered, 30
 *   forwarded, 22 convicted, 9 imprisoned.
 *
 * Those cohorts are all extortion (art. 194): the review's subject. Fraud (190) and drug (297) cases
 * share the unit's registry beside them (`besideCohorts`), so a review of every case counts more.
 *
 * Everything counted is fixed here; dates, people, platforms and amounts are drawn at random, so any
 * seed gives the same figures and different faces.
 */

/**
 * What became of a case registered in the cohort's year:
 * - `same`: forwarded to court and decided the same year;
 * - `late`: forwarded in the autumn, decided the next year;
 * - `next`: registered in the last quarter, forwarded and decided the next year;
 * - `inCourt`: forwarded, no verdict yet (a long trial, or the defendant is on the run);
 * - `open`: still under investigation;
 * - a closure reason: closed without going to court.
 */
export type Fate = 'same' | 'late' | 'next' | 'inCourt' | 'open' | ClosedReason;

/**
 * `n` cases with one fate, group crime or not, and their defendants, one letter each:
 * C convicted, A acquitted, - no verdict. An empty string: nobody identified yet.
 */
export type PlanRow = readonly [n: number, fate: Fate, group: boolean, defendants: string];

export interface CohortPlan {
  year: number;
  /** Cases registered in the year, per district. */
  registered: Record<DistrictName, number>;
  rows: readonly PlanRow[];
  /** Cases of other articles among them (fraud 190, drugs 297), by article; the rest are extortion (194). */
  otherArticles: Readonly<Record<string, number>>;
  /**
   * Victims of the cohort's cases. Merged cases (their victims are in the case they joined) and drug
   * cases have none, the others one each, and the remainder go to cases with a second victim.
   */
  victims: number;
  /** Exact number of women among the cohort's victims. */
  womenVictims: number;
  /** Exact number of women among the cohort's defendants. */
  womenOffenders: number;
  /** Defendants who were already defendants in an earlier year's case (repeat offenders). */
  repeatOffenders: number;
}

/** Sentences handed down in one calendar year; imprisonment as terms in months. */
export interface SentenceMix {
  imprisonmentMonths: readonly number[];
  suspended: number;
  restriction: number;
  fine: number;
}

const G = true;
const S = false;

export const cohorts: readonly CohortPlan[] = [
  {
    year: 2022,
    registered: { Almaty: 24, Yesil: 13, Saryarka: 4, Baikonyr: 3, Nura: 3 },
    rows: [
      [3, 'same', G, 'CC'],
      [2, 'same', G, 'C'],
      [4, 'same', S, 'C'],
      [1, 'late', G, 'CC'],
      [3, 'late', G, 'C'],
      [4, 'late', S, 'C'],
      [1, 'next', G, 'CC'],
      [3, 'next', S, 'C'],
      [2, 'inCourt', G, '--'],
      [2, 'inCourt', S, '-'],
      [3, 'discontinued', G, '--'],
      [5, 'discontinued', S, '-'],
      [2, 'discontinued', S, ''],
      [2, 'suspended', G, ''],
      [1, 'suspended', G, '-'],
      [2, 'suspended', S, ''],
      [2, 'suspended', S, '-'],
      [1, 'merged', G, '--'],
      [2, 'merged', S, '-'],
      [2, 'transferred', S, '-'],
    ],
    otherArticles: {},
    victims: 45,
    womenVictims: 14,
    womenOffenders: 5,
    repeatOffenders: 0,
  },
  {
    year: 2023,
    registered: { Almaty: 28, Yesil: 16, Saryarka: 3, Baikonyr: 2, Nura: 4 },
    rows: [
      [1, 'same', G, 'CC'],
      [2, 'same', G, 'C'],
      [4, 'same', S, 'C'],
      [1, 'same', S, 'A'],
      [2, 'late', G, 'CC'],
      [3, 'late', G, 'C'],
      [6, 'late', S, 'C'],
      [1, 'next', G, 'CC'],
      [1, 'next', G, 'C'],
      [2, 'next', S, 'C'],
      [4, 'inCourt', G, '--'],
      [3, 'inCourt', S, '-'],
      [3, 'discontinued', G, '--'],
      [5, 'discontinued', S, '-'],
      [2, 'discontinued', S, ''],
      [2, 'suspended', G, ''],
      [1, 'suspended', G, '-'],
      [3, 'suspended', S, ''],
      [1, 'suspended', S, '-'],
      [1, 'merged', G, '--'],
      [2, 'merged', S, '-'],
      [2, 'transferred', S, '-'],
      [1, 'open', G, '--'],
    ],
    otherArticles: {},
    victims: 51,
    womenVictims: 16,
    womenOffenders: 6,
    repeatOffenders: 2,
  },
  {
    year: 2024,
    registered: { Almaty: 22, Yesil: 14, Saryarka: 6, Baikonyr: 4, Nura: 6 },
    rows: [
      [2, 'same', G, 'CC'],
      [2, 'same', G, 'C'],
      [3, 'same', S, 'C'],
      [1, 'same', S, 'A'],
      [6, 'late', G, 'CC'],
      [1, 'late', G, 'CCC'],
      [1, 'late', G, 'CA'],
      [2, 'late', G, 'C'],
      [6, 'late', S, 'C'],
      [4, 'inCourt', G, '--'],
      [1, 'inCourt', G, '---'],
      [1, 'inCourt', S, '-'],
      [2, 'next', G, 'CC'],
      [3, 'next', S, 'C'],
      [3, 'discontinued', G, '--'],
      [4, 'discontinued', S, '-'],
      [2, 'suspended', G, ''],
      [3, 'suspended', S, ''],
      [1, 'merged', G, '-'],
      [1, 'merged', S, '-'],
      [1, 'transferred', S, '-'],
      [1, 'open', G, '--'],
      [1, 'open', S, '-'],
    ],
    otherArticles: {},
    victims: 50,
    womenVictims: 14,
    womenOffenders: 7,
    repeatOffenders: 3,
  },
  {
    year: 2025,
    registered: { Almaty: 19, Yesil: 11, Saryarka: 5, Baikonyr: 4, Nura: 5 },
    rows: [
      [2, 'same', G, 'CC'],
      [1, 'same', G, 'C'],
      [3, 'same', S, 'C'],
      [5, 'inCourt', G, '--'],
      [2, 'inCourt', G, '-'],
      [7, 'inCourt', S, '-'],
      [1, 'discontinued', G, '--'],
      [3, 'discontinued', S, '-'],
      [1, 'suspended', G, ''],
      [2, 'suspended', S, ''],
      [1, 'merged', S, '-'],
      [1, 'transferred', S, '-'],
      [6, 'open', G, '--'],
      [2, 'open', G, '-'],
      [4, 'open', S, '-'],
      [3, 'open', S, ''],
    ],
    otherArticles: {},
    victims: 44,
    womenVictims: 13,
    womenOffenders: 5,
    repeatOffenders: 3,
  },
];

/** Six fraud and drug cases a year: nobody convicted, so the years' sentence mixes stand. */
const besideRows: readonly PlanRow[] = [
  [1, 'inCourt', S, '-'],
  [1, 'inCourt', G, '--'],
  [2, 'discontinued', S, '-'],
  [1, 'open', S, '-'],
  [1, 'suspended', S, ''],
];

/**
 * The other articles' cases registered beside each year's extortion (drug cases have no victims):
 * 6 in 2022, 8 in 2023, 6 in 2024 and 6 in 2025.
 */
export const besideCohorts: readonly CohortPlan[] = [
  {
    year: 2022,
    registered: { Almaty: 2, Yesil: 2, Saryarka: 1, Baikonyr: 0, Nura: 1 },
    rows: besideRows,
    otherArticles: { '190': 4, '297': 2 },
    victims: 4,
    womenVictims: 2,
    womenOffenders: 0,
    repeatOffenders: 0,
  },
  {
    year: 2023,
    registered: { Almaty: 3, Yesil: 2, Saryarka: 1, Baikonyr: 1, Nura: 1 },
    rows: [...besideRows, [1, 'inCourt', S, '-'], [1, 'suspended', S, '']],
    otherArticles: { '190': 5, '297': 3 },
    victims: 5,
    womenVictims: 2,
    womenOffenders: 1,
    repeatOffenders: 0,
  },
  {
    year: 2024,
    registered: { Almaty: 3, Yesil: 1, Saryarka: 1, Baikonyr: 0, Nura: 1 },
    rows: besideRows,
    otherArticles: { '190': 4, '297': 2 },
    victims: 4,
    womenVictims: 1,
    womenOffenders: 0,
    repeatOffenders: 0,
  },
  {
    year: 2025,
    registered: { Almaty: 2, Yesil: 2, Saryarka: 1, Baikonyr: 1, Nura: 0 },
    rows: besideRows,
    otherArticles: { '190': 4, '297': 2 },
    victims: 4,
    womenVictims: 2,
    womenOffenders: 0,
    repeatOffenders: 0,
  },
];

/** The demo ends here: nothing is dated later (a "today" inside 2025 for the dashboards). */
export const DEMO_END = '2025-10-31';

/**
 * Sentences by the year they were handed down. The counts must equal that year's convictions, which
 * the plan above fixes (2022: 12, 2023: 22, 2024: 27, 2025 to October: 39).
 */
export const sentenceMixes: Record<number, SentenceMix> = {
  2022: { imprisonmentMonths: [24, 36, 48, 48, 60], suspended: 4, restriction: 2, fine: 1 },
  2023: { imprisonmentMonths: [30, 36, 42, 48, 48, 60, 60, 72, 84], suspended: 6, restriction: 4, fine: 3 },
  // The review: 11 of the 27 convicted were imprisoned, for 3 to 7 years.
  2024: {
    imprisonmentMonths: [36, 36, 42, 48, 48, 54, 60, 60, 66, 72, 84],
    suspended: 8,
    restriction: 5,
    fine: 3,
  },
  2025: {
    imprisonmentMonths: [36, 36, 36, 42, 48, 48, 48, 54, 60, 60, 60, 66, 72, 72, 84, 96],
    suspended: 12,
    restriction: 7,
    fine: 4,
  },
};
