import { activeFilters } from '../sqlite/case-filters';
import type { CaseQuery } from '../ports';
import { anyPartPattern, likeOperator, tsQuery } from './case-filters';
import { row, type Queryable } from './sql';

/*
 * The search box as the only filter of the list by date, answered from the search copies alone
 * (migration 007): each match carries its case's id and registration date, so the matches are counted
 * and one page picked in the list's order without reading a case. The same cases as pgCaseWhere's
 * search (any part of the number by trigrams, the name's words by their starts), as SQLite's
 * orderedSearch answers the same question from its own indexes.
 */

/** Whether the search copies answer this query alone: text long enough for trigrams, no other filter. */
export const orderedPgSearch = (query: CaseQuery): boolean =>
  !!query.search &&
  [...query.search].length >= 3 &&
  query.sort === 'registeredOn' &&
  activeFilters(query).length === 1;

/** The total of the matches and one page of their case ids, in the list's order. */
export async function orderedPgSearchPage(
  db: Queryable,
  query: CaseQuery,
): Promise<{ total: number; ids: number[] }> {
  const search = query.search!;
  const words = tsQuery(search);
  const direction = query.order === 'asc' ? 'ASC' : 'DESC';
  // A case found by its number and a name, or by two defendants' names, counts once (UNION).
  const found = await row<{ total: number; ids: number[] | null }>(
    db,
    `WITH matches AS MATERIALIZED (
       SELECT registered_on, case_id FROM case_search_numbers WHERE registry_number ${likeOperator(search)} @like
       ${words ? "UNION SELECT registered_on, case_id FROM case_search_names WHERE nadzor_name_words(full_name) @@ to_tsquery('simple', @words)" : ''}
     )
     SELECT (SELECT count(*) FROM matches) AS total,
       (SELECT array_agg(case_id ORDER BY registered_on ${direction}, case_id ${direction})
        FROM (SELECT registered_on, case_id FROM matches
              ORDER BY registered_on ${direction}, case_id ${direction} LIMIT @limit OFFSET @offset) page) AS ids`,
    {
      like: anyPartPattern(search),
      ...(words ? { words } : {}),
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    },
  );
  return { total: Number(found!.total), ids: found!.ids ?? [] };
}
