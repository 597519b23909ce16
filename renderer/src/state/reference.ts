import type { Article, District } from '../../../shared/domain/reference';
import { useApiQuery } from '../query/use-api';

export interface Reference {
  districts: District[];
  articles: Article[];
  /** Why the lists could not be read (the backend's message, in the UI language), if they could not. */
  error: string | null;
  loading: boolean;
}

/**
 * Districts and articles for every screen that shows or picks them. An import, the demo data or
 * Settings can add some: those changes mark the cached lists stale, so a form never offers yesterday's.
 * Unchanged lists keep their identity (the cache shares structure), so an open dropdown is not
 * re-rendered under the user's pointer.
 */
export function useReference(): Reference {
  const districts = useApiQuery('reference.districts', {});
  const articles = useApiQuery('reference.articles', {});
  return {
    districts: districts.data ?? [],
    articles: articles.data ?? [],
    error: (districts.apiError ?? articles.apiError)?.message ?? null,
    loading: districts.isPending || articles.isPending,
  };
}
