import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { api } from '../api';
import type { Article, District } from '../../../shared/domain/reference';

export interface Reference {
  districts: District[];
  articles: Article[];
  /** The API's message when the lists could not be loaded (already in the UI language). */
  error: string | null;
  loading: boolean;
}

const empty: Reference = { districts: [], articles: [], error: null, loading: true };
const ReferenceContext = createContext<Reference>(empty);

/**
 * Districts and articles for every screen that shows or picks them. They change rarely, but an import,
 * the demo data or Settings can add some: the lists are read again whenever the user moves to another
 * screen (two small queries), so a form never offers yesterday's list.
 */
export function ReferenceProvider({ children }: { children: ReactNode }) {
  const [reference, setReference] = useState<Reference>(empty);

  useEffect(() => {
    let live = true;
    const load = () =>
      void Promise.all([api.reference.districts({}), api.reference.articles({})]).then(
        ([districts, articles]) => {
          if (!live) return;
          const next: Reference = {
            districts: districts.ok ? districts.value : [],
            articles: articles.ok ? articles.value : [],
            error: !districts.ok ? districts.error.message : !articles.ok ? articles.error.message : null,
            loading: false,
          };
          // Unchanged lists keep their identity: re-rendering an open dropdown under the user's
          // pointer would make it lose the click.
          setReference((current) => (JSON.stringify(current) === JSON.stringify(next) ? current : next));
        },
      );
    load();
    window.addEventListener('hashchange', load);
    return () => {
      live = false;
      window.removeEventListener('hashchange', load);
    };
  }, []);

  return <ReferenceContext.Provider value={reference}>{children}</ReferenceContext.Provider>;
}

export const useReference = (): Reference => useContext(ReferenceContext);
