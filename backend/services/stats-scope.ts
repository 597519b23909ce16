import type { Readers, StatsDistrict, StatsScope } from '../../db/ports';
import { calendarYear, shiftPeriod } from '../../shared/domain/period';
import type { StatsQuery } from '../../shared/domain/stats';
import { DomainError } from '../errors';

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

/**
 * The articles a review counts: those asked for; else the subject's; null for every case. A subject
 * is asked by name; absent, it is the default subject of Settings (none set: every case), and null
 * asks for every case outright.
 */
function articlesOf(query: StatsQuery): readonly string[] | null {
  if (query.articles) return [...new Set(query.articles.map((a) => a.trim()))].sort();
  if (query.subject === undefined || query.subject === null) return null;
  throw DomainError.field('not_found', {
    path: 'subject',
    key: 'errors.stats.unknownSubject',
    params: { subject: query.subject, known: '' },
  });
}

/** What a review's query counts: its days and the same days a year before, district and articles. */
export async function resolveScope(r: Readers, query: StatsQuery): Promise<StatsScope> {
  const period = query.period ?? calendarYear(query.year);
  return {
    year: query.year,
    period,
    previous: shiftPeriod(period, -1),
    district: await resolveDistrict(r, query.district),
    articles: articlesOf(query),
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
