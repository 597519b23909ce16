import { ALL_CASES } from '../../../../shared/domain/review-subject';
import type { StatsQuery } from '../../../../shared/domain/stats';

/**
 * The subject as the screen's URL keeps it (`subject=extortion`, `subject=all`) and as the API takes
 * it: absent, the default subject of Settings; `all`, every case (null); otherwise the name.
 */
export const subjectOf = (subject: string | undefined): Pick<StatsQuery, 'subject'> =>
  subject === undefined ? {} : { subject: subject === ALL_CASES ? null : subject };

/** What a section asks for the figures already shown: the articles they counted, or every case. */
export const countedQuery = (articles: string[] | null): Pick<StatsQuery, 'subject' | 'articles'> =>
  articles ? { articles } : { subject: null };
