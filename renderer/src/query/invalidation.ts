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
  connection: ['connection'],
  users: ['users', 'audit'],
  audit: ['audit'],
  settings: ['settings', 'dashboard', 'cases', 'audit'],
  reference: ['reference', 'cases', 'dashboard', 'reports', 'monitoring', 'audit'],
  dashboard: [],
  cases: ['cases', 'dashboard', 'reports', 'monitoring', 'reference', 'audit'],
  monitoring: ['monitoring', 'cases', 'dashboard', 'reports', 'audit'],
  demo: ['cases', 'dashboard', 'reports', 'monitoring', 'reference', 'audit'],
  reports: ['reports', 'audit'],
  // A restore puts back another database whole: everything shown may differ.
  backups: [
    'backups',
    'settings',
    'users',
    'cases',
    'dashboard',
    'reports',
    'monitoring',
    'reference',
    'audit',
  ],
};

/** What another user's committed change of one kind of record (an audit entity type) makes stale. */
const changedRecord: Record<string, readonly Area[]> = {
  case: affects.cases,
  person: affects.monitoring,
  import: affects.cases,
  user: affects.users,
  setting: affects.settings,
  district: affects.reference,
  article: affects.reference,
  platform: affects.reference,
  tactic: affects.reference,
};

/** The areas a change announced by the server (`entity` as in the audit trail) makes stale; always the trail. */
export const staleAfterChange = (entity: string): readonly Area[] => changedRecord[entity] ?? ['audit'];

/** Polls of a running job: what they answer is the job, not data a change could make stale. */
const jobPolls: ReadonlySet<string> = new Set<MethodName>(['cases.importProgress', 'reports.pdfProgress']);

/**
 * The areas whose cached answers a successful call of `method` makes stale (none for a read). An
 * import writes while it runs: its last poll, the one that finds it done, is the change.
 */
export function staleAfter(method: MethodName, value: unknown): readonly Area[] {
  if (method === 'cases.importProgress') return isDone(value) ? affects.cases : [];
  if (!contract[method].mutates) return [];
  return affects[method.split('.')[0] as Area];
}

const isDone = (job: unknown): boolean =>
  typeof job === 'object' && job !== null && 'state' in job && job.state === 'done';

/** Whether a cached answer is one a change can make stale (every one but a job's progress). */
export const isDataKey = (key: readonly unknown[]): boolean =>
  typeof key[0] === 'string' && !jobPolls.has(key[0]);

/** The area a query key belongs to: keys are `[method, input, language]`. */
export const areaOfKey = (key: readonly unknown[]): string =>
  typeof key[0] === 'string' ? (key[0].split('.')[0] ?? '') : '';
