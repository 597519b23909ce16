import type { Employment } from '../../../shared/domain/case-record';

/*
 * The words demo data is made of: Astana's districts, the platforms and tactics the Astana review
 * names, and how often each turns up. The benchmark generator draws from the same lists.
 */

export const districts = ['Almaty', 'Baikonyr', 'Yesil', 'Saryarka', 'Nura'] as const;
export type DistrictName = (typeof districts)[number];

/** Two digits of the registry number that stand for the district's investigating body. */
export const districtCodes: Record<DistrictName, string> = {
  Almaty: '11',
  Baikonyr: '12',
  Yesil: '13',
  Saryarka: '14',
  Nura: '15',
};

/** Telegram, Instagram and Badoo lead, as the review says. */
export const extortionPlatforms = [
  ['Telegram', 38],
  ['Instagram', 25],
  ['Badoo', 12],
  ['WhatsApp', 10],
  ['TikTok', 7],
  ['VK', 4],
  ['Mamba', 4],
] as const;

export const extortionTactics = [
  ['intimate-images', 30],
  ['fake-relationship', 22],
  ['impersonating-officials', 15],
  ['threat-of-violence', 15],
  ['debt-collection', 10],
  ['data-leak', 8],
] as const;

export const fraudPlatforms = [
  ['Instagram', 4],
  ['Telegram', 3],
  ['WhatsApp', 3],
] as const;

export const fraudTactics = [
  ['fake-relationship', 1],
  ['impersonating-officials', 1],
] as const;

/** Most cases are extortion (article 194); a few fraud (190) and drug (297) cases share the unit. */
export const articles = [
  ['194', 86],
  ['190', 9],
  ['297', 5],
] as const;

export const victimEmployment: readonly (readonly [Employment | null, number])[] = [
  ['informal', 40],
  ['employed', 25],
  ['unemployed', 12],
  ['student', 12],
  ['pensioner', 3],
  ['other', 4],
  [null, 4],
];

export const offenderEmployment: readonly (readonly [Employment, number])[] = [
  ['unemployed', 58],
  ['informal', 15],
  ['employed', 17],
  ['student', 7],
  ['other', 3],
];

/** Victims are mostly 21–39; [minimum age, maximum age, weight]. */
export const victimAges = [
  [15, 17, 3],
  [18, 20, 8],
  [21, 29, 34],
  [30, 39, 28],
  [40, 59, 20],
  [60, 72, 4],
] as const;

/** Offenders are mostly men of 17–60. */
export const offenderAges = [
  [17, 20, 8],
  [21, 29, 36],
  [30, 39, 34],
  [40, 49, 14],
  [50, 60, 6],
  [61, 66, 2],
] as const;

export const priorConvictions = [
  [0, 55],
  [1, 25],
  [2, 13],
  [3, 5],
  [4, 2],
] as const;
