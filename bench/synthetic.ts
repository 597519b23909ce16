import type { CaseRecord, ClosedReason, Defendant, Sentence, Victim } from '../shared/domain/case-record';
import { fullName } from '../backend/services/demo/names';
import { createRandom, type Random } from '../backend/services/demo/random';
import {
  articles,
  districtCodes,
  extortionPlatforms,
  extortionTactics,
  offenderEmployment,
  victimEmployment,
  type DistrictName,
} from '../backend/services/demo/vocabulary';

/*
 * Bulk synthetic cases for benchmarks: the demo's vocabulary (districts, platforms, tactics, names)
 * without its year-by-year plan, so a million cases come out in seconds. Every case keeps the
 * pipeline rules, so the same records go through the real import's validation.
 */

const FIRST_DAY = Date.UTC(2015, 0, 1) / 86_400_000;
const LAST_DAY = Date.UTC(2025, 9, 31) / 86_400_000;
const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

const districtWeights: readonly (readonly [DistrictName, number])[] = [
  ['Almaty', 40],
  ['Yesil', 25],
  ['Saryarka', 12],
  ['Baikonyr', 10],
  ['Nura', 13],
];
const closedReasons: readonly (readonly [ClosedReason, number])[] = [
  ['discontinued', 45],
  ['suspended', 35],
  ['merged', 12],
  ['transferred', 8],
];
const sentenceTypes: readonly (readonly [Sentence['type'], number])[] = [
  ['imprisonment', 40],
  ['suspended', 30],
  ['restriction', 18],
  ['fine', 12],
];

function sentence(random: Random, on: string): Sentence {
  const type = random.weighted(sentenceTypes);
  if (type === 'fine') return { type, years: null, months: null, fineKzt: random.int(30, 400) * 10_000, on };
  return { type, years: random.int(1, 7), months: random.pick([0, 0, 6]), fineKzt: null, on };
}

function victim(random: Random, registeredDay: number): Victim {
  return {
    sex: random.chance(0.3) ? 'F' : 'M',
    birthDate: iso(registeredDay - random.int(18 * 365, 60 * 365)),
    birthYear: null,
    employment: random.weighted(victimEmployment),
  };
}

function defendant(
  random: Random,
  personId: string,
  registeredDay: number,
  verdictOn: string | null,
): Defendant {
  const sex = random.chance(0.9) ? 'M' : 'F';
  const convicted = verdictOn !== null && random.chance(0.97);
  return {
    personId,
    fullName: fullName(random, sex),
    sex,
    birthDate: iso(registeredDay - random.int(17 * 365, 60 * 365)),
    employment: random.weighted(offenderEmployment),
    priorConvictions: random.weighted([
      [0, 55],
      [1, 30],
      [2, 15],
    ] as const),
    convictedOn: convicted ? verdictOn : null,
    acquittedOn: verdictOn !== null && !convicted ? verdictOn : null,
    sentence: convicted ? sentence(random, verdictOn) : null,
  };
}

/** Cases number `from` to `from + count - 1` of a synthetic data set; any slice of it is reproducible. */
export function syntheticCases(from: number, count: number, seed = 1): CaseRecord[] {
  const random = createRandom(seed * 1_000_003 + from);
  const cases: CaseRecord[] = [];
  for (let i = from; i < from + count; i += 1) {
    const district = random.weighted(districtWeights);
    const fate = random.weighted([
      ['decided', 40],
      ['inCourt', 10],
      ['closed', 30],
      ['open', 20],
    ] as const);
    // Open investigations are recent; the rest spread over ten years.
    const day = fate === 'open' ? random.int(LAST_DAY - 200, LAST_DAY) : random.int(FIRST_DAY, LAST_DAY);
    const forwarded = fate === 'decided' || fate === 'inCourt' ? day + random.int(20, 90) : null;
    const verdictOn = fate === 'decided' ? iso(forwarded! + random.int(30, 200)) : null;
    const group = random.chance(0.5);
    const registeredOn = iso(day);
    const defendants = Array.from(
      { length: fate === 'closed' ? random.int(0, 1) : group ? random.int(2, 3) : 1 },
      (_, k) => defendant(random, `P-${String(i * 4 + k + 1).padStart(8, '0')}`, day, verdictOn),
    );
    const damage = random.chance(0.85) ? random.int(30, 3000) * 1000 : null;
    const tactic = random.weighted(extortionTactics);
    const article = random.weighted(articles);
    cases.push({
      registryNumber: `${registeredOn.slice(2, 4)}51${districtCodes[district]}03${String(i).padStart(7, '0')}`,
      article,
      part: group ? '2' : '1',
      district,
      registeredOn,
      forwardedToCourtOn: forwarded === null ? null : iso(forwarded),
      closedOn: fate === 'closed' ? iso(day + random.int(15, 120)) : null,
      closedReason: fate === 'closed' ? random.weighted(closedReasons) : null,
      groupCrime: group,
      platforms: [random.weighted(extortionPlatforms)],
      tactics: random.chance(0.8) ? [tactic] : [],
      damageKzt: damage,
      victims: Array.from({ length: random.chance(0.1) ? 2 : 1 }, () => victim(random, day)),
      defendants,
    });
  }
  return cases;
}
