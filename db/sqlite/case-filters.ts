import type { CaseFilterQuery } from '../ports';

/**
 * Turns list filters into a WHERE clause with bound parameters only. Each filter maps to fixed SQL
 * that an index serves (registered_on, district, stage, platform, the FTS5 name index).
 */
export function caseWhere(query: CaseFilterQuery): { sql: string; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (query.search) {
    const fts = ftsQuery(query.search);
    const byNumber = 'c.registry_number >= @search AND c.registry_number < @search || char(1114111)';
    params.search = query.search;
    if (fts) {
      params.fts = fts;
      where.push(`(${byNumber} OR c.id IN (SELECT d.case_id FROM defendants d
        WHERE d.id IN (SELECT rowid FROM defendant_names WHERE defendant_names MATCH @fts)))`);
    } else where.push(`(${byNumber})`);
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
  if (query.article) {
    where.push('c.article_id = (SELECT id FROM articles WHERE code = @article)');
    params.article = query.article;
  }
  if (query.platform) {
    where.push(`c.id IN (SELECT case_id FROM case_platforms
      WHERE platform_id = (SELECT id FROM platforms WHERE name = @platform))`);
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

/** Each word the user typed becomes a quoted prefix term, so no FTS syntax can be injected. */
export function ftsQuery(text: string): string {
  return text
    .split(/\s+/)
    .map((w) => w.replace(/"/g, ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
    .map((w) => `"${w}"*`)
    .join(' ');
}
