import type { CaseQuery } from '../ports';
import { activeFilters, caseIdOf, ftsQuery, numberPhrase, words } from './case-filters';

/*
 * The list's search box: any part of a registry number, or the start of any word of a defendant's
 * name. The two search indexes (migration 006) are keyed by the list's default order: a rowid is the
 * case's registration date (YYYYMMDD) above its id, and its low 36 bits are the case id.
 */

export interface OrderedSearch {
  /** Each index's matches as their keys (`k`): registry numbers, then defendants' names if any. */
  sources: string[];
  params: Record<string, unknown>;
}

/**
 * A search that the two indexes answer alone, already in the list's order: the search box is the only
 * filter, the list is sorted by registration date, and the text is long enough for the trigrams. A
 * name search of several words is left out: its words must all be in one defendant's name, which only
 * `defendant_names` knows (the cases' documents hold every defendant's name together).
 */
export function orderedSearch(query: CaseQuery): OrderedSearch | null {
  if (!query.search || query.sort !== 'registeredOn' || activeFilters(query).length > 1) return null;
  const phrase = numberPhrase(query.search);
  if (!phrase || words(query.search).length > 1) return null;
  const fts = ftsQuery(query.search);
  const byNumber = 'SELECT rowid AS k FROM case_numbers WHERE case_numbers MATCH @phrase';
  const byName = 'SELECT rowid AS k FROM case_names WHERE case_names MATCH @fts';
  return fts
    ? { sources: [byNumber, byName], params: { phrase, fts } }
    : { sources: [byNumber], params: { phrase } };
}

/**
 * Every key of `sources` once, in key order. A case found by both its number and a name counts once;
 * with one source (the other found nothing) there is nothing to merge, and counting it alone costs
 * half as much as through the UNION at a million cases.
 */
export const searchKeysSql = (sources: string[]): string => sources.join(' UNION ');

/** The SQL of one page of the case ids of `sources`, oldest or newest first. */
export const orderedSearchPageSql = (sources: string[], ascending: boolean): string =>
  `SELECT ${caseIdOf('k')} FROM (${searchKeysSql(sources)} ORDER BY k ${ascending ? 'ASC' : 'DESC'}
    LIMIT @limit OFFSET @offset)`;
