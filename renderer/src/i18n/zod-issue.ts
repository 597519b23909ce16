import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { toFieldIssues } from '../../../shared/validation';

/**
 * The first problem zod found, worded in the UI language. Our schemas give i18n keys as messages;
 * zod's generic checks (type, length…) are mapped to `errors.*` keys by shared/validation.ts, so no
 * English text from zod itself ever reaches the user.
 */
export function zodIssueMessage(error: z.ZodError, t: TFunction): string {
  const [issue] = toFieldIssues(error, (key, params) => t(key, params ?? {}));
  return issue?.message ?? t('errors.invalid');
}
