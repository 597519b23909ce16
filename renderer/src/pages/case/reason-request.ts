import type { ApiError } from '../../../../shared/result';

const REASON_REQUIRED = 'errors.correction.reasonRequired';

/** The backend's own list of corrected facts when it asks for a reason this client did not foresee. */
export function reasonRequested(error: ApiError): string[] | null {
  if (error.code !== 'rule_violation') return null;
  const issue = error.issues?.find((i) => i.path === 'reason' && i.key === REASON_REQUIRED);
  if (!issue) return null;
  return String(issue.params?.fields ?? '')
    .split(',')
    .map((field) => field.trim())
    .filter(Boolean);
}
