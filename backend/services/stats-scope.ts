import type { Readers, StatsDistrict, StatsScope } from '../../db/ports';
import { calendarYear, shiftPeriod } from '../../shared/domain/period';
import type { StatsQuery } from '../../shared/domain/stats';
import type { ReviewSubject } from '../../shared/domain/review-subject';
import { DomainError } from '../errors';
import { loadSubjects } from './review-subjects';

const fold = (text: string) => text.trim().toLocaleLowerCase('ru');

/**
 * A district as a person names it: its file name, or its label in any language, in any letter case.
 * An unknown name is refused with the known ones listed, never read as "the whole city".
 */
export async function resolveDistrict(
  r: Readers,
  name: string | null | undefined,
): Promise<StatsDistrict | null> {
  if (name === null || name === undefined) return null;
  const districts = await r.reference.districts();
  const wanted = fold(name);
  const found =
    districts.find((d) => d.name === name) ??
    districts.find((d) =>
      [d.name, d.labels.ru, d.labels.kk, d.labels.en].some((v) => v && fold(v) === wanted),
    );
  if (!found) {
    throw DomainError.field('not_found', {
      path: 'district',
      key: 'errors.stats.unknownDistrict',
      params: { district: name, known: districts.map((d) => d.name).join(', ') },
    });
  }
  return { id: found.id, name: found.name };
}

/** A scope as a review speaks of it: the subject it counts (null when none matches its articles). */
export type ReviewScope = StatsScope & { subject: ReviewSubject | null };

const sameArticles = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((code, i) => code === b[i]);

/** A subject's articles, sorted: the form a scope carries them in. */
export const articlesOfSubject = (subject: ReviewSubject): string[] =>
  [...new Set(subject.articles.map((a) => a.code))].sort();

/**
 * The articles a review counts and the subject they are: the articles asked for (and the subject of
 * exactly those articles, if Settings hold one); else the subject asked by name or title; absent, the
 * default subject of Settings (none set: every case); null asks for every case outright.
 */
export async function resolveSubject(
  r: Readers,
  query: Pick<StatsQuery, 'subject' | 'articles'>,
): Promise<{ subject: ReviewSubject | null; articles: string[] | null }> {
  if (query.subject === null && !query.articles) return { subject: null, articles: null };
  const { subjects, defaultSubject } = await loadSubjects(r);
  if (query.articles) {
    const articles = [...new Set(query.articles.map((a) => a.trim()))].sort();
    const subject = subjects.find((s) => sameArticles(articlesOfSubject(s), articles)) ?? null;
    return { subject, articles };
  }
  const name = query.subject ?? defaultSubject;
  if (name === null || name === undefined) return { subject: null, articles: null };
  const wanted = fold(name);
  const subject =
    subjects.find((s) => s.name === name) ??
    subjects.find((s) => [s.name, s.title.ru, s.title.kk, s.title.en].some((v) => fold(v) === wanted));
  if (!subject) {
    throw DomainError.field('not_found', {
      path: 'subject',
      key: 'errors.stats.unknownSubject',
      params: { subject: name, known: subjects.map((s) => s.name).join(', ') || '–' },
    });
  }
  return { subject, articles: articlesOfSubject(subject) };
}

/** What a review's query counts: its days and the same days a year before, district and articles. */
export async function resolveScope(r: Readers, query: StatsQuery): Promise<ReviewScope> {
  const period = query.period ?? calendarYear(query.year);
  return {
    year: query.year,
    period,
    previous: shiftPeriod(period, -1),
    district: await resolveDistrict(r, query.district),
    ...(await resolveSubject(r, query)),
  };
}

/** The calendar year `year` of `district`'s cases (of `articles`, or every case) compared with the year before. */
export const calendarScope = (
  year: number,
  district: StatsDistrict | null = null,
  articles: readonly string[] | null = null,
): StatsScope => ({
  year,
  period: calendarYear(year),
  previous: calendarYear(year - 1),
  district,
  articles,
});
