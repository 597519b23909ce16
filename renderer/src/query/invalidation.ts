import { contract, type MethodName } from '../../../shared/api/contract';

type Area = MethodName extends `${infer A}.${string}` ? A : never;

/**
 * What a change in one area can alter elsewhere, so the screens showing it read it again: a case edit
 * moves the dashboard, the reports, the audit trail and monitoring matches; a reference value renames
 * what cases and reports show; a setting (the investigation term) moves every deadline.
 */
const affects: Record<Area, readonly Area[]> = {
  auth: [],
  app: [],
  users: ['users', 'audit'],
  audit: ['audit'],
  settings: ['settings', 'dashboard', 'cases', 'audit'],
  reference: ['reference', 'cases', 'dashboard', 'reports', 'monitoring', 'audit'],
  dashboard: [],
  cases: ['cases', 'dashboard', 'reports', 'monitoring', 'reference', 'audit'],
  monitoring: ['monitoring', 'cases', 'dashboard', 'reports', 'audit'],
  demo: ['cases', 'dashboard', 'reports', 'monitoring', 'reference', 'audit'],
  reports: ['reports', 'audit'],
};

/** The areas whose cached answers a successful call of `method` makes stale (none for a read). */
export function staleAfter(method: MethodName): readonly Area[] {
  if (!contract[method].mutates) return [];
  return affects[method.split('.')[0] as Area];
}

/** The area a query key belongs to: keys are `[method, input, language]`. */
export const areaOfKey = (key: readonly unknown[]): string =>
  typeof key[0] === 'string' ? (key[0].split('.')[0] ?? '') : '';
