import type { ReferenceItem } from '../../../../shared/domain/reference';
import { useReferenceItems } from '../../components/useReferenceItems';

export interface CaseReference {
  platforms: ReferenceItem[];
  tactics: ReferenceItem[];
}

/**
 * Platforms and tactics, inactive ones included: a case may still name a value no longer offered for
 * new entries, and its label must show all the same. (Districts and articles come from useReference.)
 */
export function useCaseReference(): CaseReference {
  const platforms = useReferenceItems('platform').items;
  const tactics = useReferenceItems('tactic').items;
  return { platforms, tactics };
}
