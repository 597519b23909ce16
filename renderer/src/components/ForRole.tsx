import type { ReactNode } from 'react';
import type { Capability } from '../../../shared/domain/accounts';
import { useCan } from '../state/session';

/** Shows its children only to a role with the capability (the same table the backend enforces). */
export function ForRole({ capability, children }: { capability: Capability; children: ReactNode }) {
  return useCan(capability) ? children : null;
}
