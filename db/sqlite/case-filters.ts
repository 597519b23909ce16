import type { CaseFilterQuery } from '../ports';

/**
 * Turns list filters into a WHERE clause with bound parameters only. Each filter maps to fixed SQL
 * that an index serves (registered_on, district, stage, platform with article, the FTS5 indexes of
 * registry numbers and defendants' names).
 */
export function caseWhere(query: CaseFilterQuery): { sql: string; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (query.search) {
    const phrase = numberPhrase(query.search);
    // Three characters or more: any part of the number (the trigram index). Fewer match too many
    // numbers to be worth it, so they find numbers that start with them.
    const byNumber = phrase
      ? `SELECT ${caseIdOf('rowid')} FROM case_numbers WHERE case_numbers MATCH @phrase`
      : 'SELECT id FROM cases WHERE registry_number >= @search AND registry_number < @search || char(1114111)';
    if (phrase) params.phrase = phrase;
    else params.search = query.search;
    const fts = ftsQuery(query.search);
    if (fts) params.fts = fts;
    // A common surname finds thousands of defendants: their cases come from a narrow index (migration
    // 005), not from thousands of whole defendant rows. All the words in one defendant's name: the
    // defendants' own index (case_names holds a case's defendants together; see case-search.ts).
    const byName = fts
      ? `UNION ALL SELECT case_id FROM defendants INDEXED BY defendants_case_of
           WHERE id IN (SELECT rowid FROM defendant_names WHERE defendant_names MATCH @fts)`
      : '';
    where.push(`c.id IN (${byNumber} ${byName})`);
  }
  if (query.year !== undefined) {
    where.push('c.registered_on BETWEEN @yearStart AND @yearEnd');
    params.yearStart = `${query.year}-01-01`;
    params.yearEnd = `${query.year}-12-31`;
  }
  if (query.district) {
    where.push('c.district_id = (SELECT id FROM districts WHERE name = @district)');
    params.district = query.district;
  }
  if (query.stage) {
    where.push('c.stage = @stage');
    params.stage = query.stage;
  }
  const articleId = '(SELECT id FROM articles WHERE code = @article)';
  if (query.article) {
    where.push(`c.article_id = ${articleId}`);
    params.article = query.article;
  }
  if (query.platform) {
    // The links carry their case's article (migration 005): platform and article are one index range.
    where.push(`c.id IN (SELECT case_id FROM case_platforms
      WHERE platform_id = (SELECT id FROM platforms WHERE name = @platform)
      ${query.article ? `AND case_article_id = ${articleId}` : ''})`);
    params.platform = query.platform;
  }
  if (query.registeredBetween) {
    // Open investigations only: neither forwarded nor closed is exactly the 'registered' stage.
    where.push("c.stage = 'registered' AND c.registered_on BETWEEN @regFrom AND @regTo");
    params.regFrom = query.registeredBetween[0];
    params.regTo = query.registeredBetween[1];
  }
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

const filterNames = [
  'search',
  'year',
  'district',
  'stage',
  'article',
  'platform',
  'registeredBetween',
] as const;

/** The filters that narrow this query's list (those caseWhere turns into SQL). */
export function activeFilters(query: CaseFilterQuery): (typeof filterNames)[number][] {
  return filterNames.filter((name) => query[name] !== undefined && query[name] !== '');
}

/**
 * How many cases the filters pick, counted in the narrowest index that answers them. A platform, with
 * or without an article, is one range of the platform links: a case links a platform at most once
 * (UNIQUE (case_id, platform_id)), a link's case always exists (ON DELETE CASCADE), and a link carries
 * its case's article (migration 005). Counting the cases instead read each one from the table (80 ms
 * for the 11k cases of one platform and article at a million cases, against under a millisecond).
 */
export function caseCount(query: CaseFilterQuery): { sql: string; params: Record<string, unknown> } {
  const filters = activeFilters(query);
  if (query.platform && filters.every((name) => name === 'platform' || name === 'article')) {
    const byArticle = query.article
      ? 'AND case_article_id = (SELECT id FROM articles WHERE code = @article)'
      : '';
    return {
      sql: `SELECT count(*) FROM case_platforms
        WHERE platform_id = (SELECT id FROM platforms WHERE name = @platform) ${byArticle}`,
      params: query.article
        ? { platform: query.platform, article: query.article }
        : { platform: query.platform },
    };
  }
  const where = caseWhere(query);
  return { sql: `SELECT count(*) FROM cases c ${where.sql}`, params: where.params };
}

/** The case id within a search index's rowid: its low 36 bits (migration 006). */
export const caseIdOf = (rowid: string): string => `(${rowid} & ${2 ** 36 - 1})`;

/** Each word the user typed becomes a quoted prefix term, so no FTS syntax can be injected. */
export function ftsQuery(text: string): string {
  return words(text)
    .map((w) => `"${w}"*`)
    .join(' ');
}

/** The words of the search box that hold a letter or a digit, without quotes. */
export const words = (text: string): string[] =>
  text
    .split(/\s+/)
    .map((w) => w.replace(/"/g, ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w));

/**
 * Three characters or more are a phrase of trigrams (any part of a number); fewer match too many
 * numbers to be worth it, so they find numbers that start with them (see caseWhere).
 */
export const numberPhrase = (search: string): string | null =>
  [...search].length >= 3 ? `"${search.replace(/"/g, '""')}"` : null;
