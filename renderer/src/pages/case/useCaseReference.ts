import { useEffect, useState } from 'react';
import type { ReferenceItem } from '../../../../shared/domain/reference';
import { api } from '../../api';

export interface CaseReference {
  platforms: ReferenceItem[];
  tactics: ReferenceItem[];
}

const none: CaseReference = { platforms: [], tactics: [] };

/**
 * Platforms and tactics, inactive ones included: a case may still name a value no longer offered for
 * new entries, and its label must show all the same. (Districts and articles come from ReferenceProvider.)
 */
export function useCaseReference(): CaseReference {
  const [reference, setReference] = useState<CaseReference>(none);
  useEffect(() => {
    let live = true;
    void Promise.all([
      api.reference.list({ kind: 'platform', includeInactive: true }),
      api.reference.list({ kind: 'tactic', includeInactive: true }),
    ]).then(([platforms, tactics]) => {
      if (!live) return;
      setReference({
        platforms: platforms.ok ? platforms.value : [],
        tactics: tactics.ok ? tactics.value : [],
      });
    });
    return () => {
      live = false;
    };
  }, []);
  return reference;
}
