import { employments } from '../domain/case-record';
import type { Language } from '../domain/fields';
import { isCalendarYear } from '../domain/period';
import { ageBands, sentenceTypes, type AnnualStats } from '../domain/stats';
import { districtsNarrative } from './narrative-districts';
import { monitoringNarrative } from './narrative-monitoring';
import { firstWithTies, largestKeys } from './narrative-ties';
import { periodSentenceWords } from './period-words';
import { wordsFor, type Words } from './words';

/*
 * The sentences that open each section of the review, generated from the figures. Pure, so the
 * Reports screen can show the same text as the PDF and tests can check every language.
 */

export type LabelledKind = 'district' | 'platform' | 'tactic';

/** The label of a reference value in the review's language (the name when it has no label). */
export type RefLabel = (kind: LabelledKind, name: string) => string;

export interface Narrative {
  keyFigures: string[];
  districts: string[];
  people: string[];
  shares: string[];
  sentences: string[];
  /** The monitoring register's paragraph; empty when the register has nothing for the year. */
  monitoring: string[];
}

/**
 * How many platforms and tactics the sentences name (the tables list them all), and more when those
 * after them have the same share as the last one named.
 */
export const NAMED_SHARES = 3;

export function reviewNarrative(stats: AnnualStats, language: Language, label: RefLabel): Narrative {
  const w = wordsFor(language, stats);
  return {
    keyFigures: [keyFiguresText(stats, w)],
    districts: districtsNarrative(stats.districts, stats.year, (d) => label('district', d), w),
    people: peopleText(stats, w),
    shares: sharesText(stats, label, w),
    sentences: [sentencesText(stats, language, w)],
    monitoring: monitoringNarrative(stats.monitoring, stats.year, language, stats.period),
  };
}

/** "for terms of 3 to 7 years" / "на срок от 3 до 7 лет" / "3 жылдан 7 жылға дейінгі мерзімге". */
export function termText(range: { min: number; max: number }, { t, f }: Words): string {
  return range.min === range.max
    ? t('narrative.termSingle', { count: range.min, n: f.number(range.min) })
    : t('narrative.termRange', { count: range.max, min: f.number(range.min), max: f.number(range.max) });
}

function keyFiguresText(stats: AnnualStats, w: Words): string {
  const { t, f } = w;
  const { pipeline, previousYear: prev, year } = stats;
  const previousYear = year - 1;
  const counted = (key: string, value: number) => t(key, { count: value, n: f.number(value), year });

  let registered = counted('narrative.registered', pipeline.registered);
  const change = stats.registeredChangePct;
  const context = { previousYear, previous: f.number(prev.registered) };
  if (change === null)
    // From none to none is no change worth a clause.
    registered += pipeline.registered === 0 ? '.' : t('narrative.changeNew', context);
  else if (change === 0) registered += t('narrative.changeSame', context);
  else
    registered += t(change < 0 ? 'narrative.changeFewer' : 'narrative.changeMore', {
      ...context,
      ...w.share('pct', Math.abs(change)),
    });

  let forwarded = counted('narrative.forwarded', pipeline.forwardedToCourt);
  forwarded +=
    pipeline.clearanceRatePct === null
      ? '.'
      : t('narrative.clearance', w.share('pct', pipeline.clearanceRatePct));

  const sentences = [registered, forwarded, counted('narrative.convicted', pipeline.convictedPersons)];
  if (pipeline.imprisonedPersons > 0 && pipeline.imprisonmentYears)
    sentences.push(
      t('narrative.imprisoned', {
        count: pipeline.imprisonedPersons,
        n: f.number(pipeline.imprisonedPersons),
        term: termText(pipeline.imprisonmentYears, w),
      }),
    );
  return sentences.join(' ');
}

/**
 * The sentence on the largest group of a breakdown (age bands, employment), or null when none has
 * anyone: several equal largest groups are all named, as equal, none of them "the largest" alone.
 */
function largestGroup<K extends string>(
  keys: readonly K[],
  counts: Record<K, number>,
  word: (key: K) => string,
  { t, f, list }: Words,
  sentence: 'largestAge' | 'largestEmployment',
  param: 'band' | 'label',
): string | null {
  const top = largestKeys(keys, counts);
  if (top.length === 0) return null;
  const n = f.number(counts[top[0]!]);
  return top.length === 1
    ? t(`narrative.${sentence}`, { [param]: word(top[0]!), n })
    : t(`narrative.${sentence}Tied`, { list: list(top.map(word)), n });
}

function peopleText(stats: AnnualStats, w: Words): string[] {
  const { t, f } = w;
  const { victims, offenders, year } = stats;
  const aboutVictims: string[] = [];
  if (victims.total === 0 || victims.womenPct === null)
    aboutVictims.push(t('narrative.victimsNone', { year }));
  else {
    aboutVictims.push(
      t('narrative.victims', {
        count: victims.total,
        n: f.number(victims.total),
        year,
        ...w.share('women', victims.womenPct),
      }),
    );
    const band = largestGroup(ageBands, victims.ageBands, (k) => t(`ageBand.${k}`), w, 'largestAge', 'band');
    if (band) aboutVictims.push(band);
    const job = largestGroup(
      employments,
      victims.employment,
      (k) => t(`employment.${k}`),
      w,
      'largestEmployment',
      'label',
    );
    if (job) aboutVictims.push(job);
  }

  const aboutOffenders: string[] = [];
  if (offenders.total === 0) aboutOffenders.push(t('narrative.offendersNone', { year }));
  else {
    aboutOffenders.push(
      t('narrative.offenders', { count: offenders.total, n: f.number(offenders.total), year }),
    );
    const { menPct, age17to60Pct, priorConvictionPct, unemployedPct } = offenders;
    if (menPct !== null && age17to60Pct !== null && priorConvictionPct !== null && unemployedPct !== null)
      aboutOffenders.push(
        t('narrative.offenderProfile', {
          ...w.share('men', menPct),
          ...w.share('age', age17to60Pct),
          ...w.share('prior', priorConvictionPct),
          ...w.share('unemployed', unemployedPct),
        }),
      );
  }
  if (stats.groupCrimePct !== null)
    aboutOffenders.push(t('narrative.groupCrime', { year, ...w.share('pct', stats.groupCrimePct) }));
  return [aboutVictims.join(' '), aboutOffenders.join(' ')];
}

type Share = AnnualStats['platforms'][number];

/** Whether a sentence prints two shares alike: the same percentage, or the same count when none has one. */
const printedAlike = (a: Share, b: Share) => a.pct === b.pct && (a.pct !== null || a.cases === b.cases);

/**
 * The platforms or tactics a sentence names: the most frequent first (by share, then by count),
 * with every one whose share is printed the same as the last one named.
 */
export function namedShares(rows: readonly Share[]): Share[] {
  const ranked = [...rows].sort((a, b) => (b.pct ?? -1) - (a.pct ?? -1) || b.cases - a.cases);
  return firstWithTies(ranked, NAMED_SHARES, printedAlike);
}

function sharesText(stats: AnnualStats, label: RefLabel, w: Words): string[] {
  const { t, f, list } = w;
  const year = stats.year;
  const named = (kind: LabelledKind, rows: AnnualStats['platforms']) =>
    list(
      namedShares(rows).map((r) => {
        // Tactics are common nouns and follow a colon mid-sentence; platforms are brand names.
        const name = kind === 'tactic' ? inSentence(label(kind, r.name)) : label(kind, r.name);
        return `${name} (${r.pct === null ? f.number(r.cases) : f.percent(r.pct)})`;
      }),
    );
  return [
    stats.platforms.length
      ? t('narrative.platforms', { list: named('platform', stats.platforms) })
      : t('narrative.platformsNone', { year }),
    stats.tactics.length
      ? t('narrative.tactics', { list: named('tactic', stats.tactics) })
      : t('narrative.tacticsNone', { year }),
  ];
}

/** "Intimate images" → "intimate images", but "SMS bombing" stays as it is. */
const inSentence = (text: string) =>
  text.charAt(1) === text.charAt(1).toLowerCase() ? text.charAt(0).toLowerCase() + text.slice(1) : text;

function sentencesText(stats: AnnualStats, language: Language, w: Words): string {
  const { t, f, list } = w;
  const { sentencedPersons } = stats.pipeline;
  const sentences: string[] = [];
  const types = largestKeys(sentenceTypes, stats.sentences.byType);
  if (sentencedPersons === 0 || types.length === 0)
    sentences.push(t('narrative.sentencedNone', { year: stats.year }));
  else if (types.length === 1)
    sentences.push(
      t('narrative.sentenced', {
        count: sentencedPersons,
        n: f.number(sentencedPersons),
        year: stats.year,
        type: t(`sentenceType.${types[0]}`),
        typeCount: f.number(stats.sentences.byType[types[0]!]),
      }),
    );
  else
    // Equally frequent sentences are all named: "the most frequent are imprisonment and a fine (2 each)".
    sentences.push(
      t('narrative.sentencedTied', {
        count: sentencedPersons,
        n: f.number(sentencedPersons),
        In: isCalendarYear(stats.period, stats.year)
          ? t('narrative.inYear', { year: stats.year })
          : periodSentenceWords(stats.period, language).In,
        types: list(types.map((type) => t(`sentenceType.${type}`))),
        typeCount: f.number(stats.sentences.byType[types[0]!]),
      }),
    );
  if (stats.acquittedPersons > 0)
    sentences.push(
      t('narrative.acquitted', { count: stats.acquittedPersons, n: f.number(stats.acquittedPersons) }),
    );
  return sentences.join(' ');
}
