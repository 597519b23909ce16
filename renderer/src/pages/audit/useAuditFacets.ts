import { useEffect, useState } from 'react';
import type { AuditFacets } from '../../../../shared/domain/audit-view';
import { api } from '../../api';

const none: AuditFacets = { actors: [], actions: [] };

/** Who and what the trail holds, for the filters' options; read again when `generation` changes. */
export function useAuditFacets(generation: number) {
  const [loaded, setLoaded] = useState<{ generation: number; facets: AuditFacets } | null>(null);
  useEffect(() => {
    let live = true;
    void api.audit.facets({}).then((result) => {
      if (live)
        setLoaded((last) => ({ generation, facets: result.ok ? result.value : (last?.facets ?? none) }));
    });
    return () => {
      live = false;
    };
  }, [generation]);
  // The options already known stay while newer ones load.
  return { facets: loaded?.facets ?? none, loading: loaded?.generation !== generation };
}
