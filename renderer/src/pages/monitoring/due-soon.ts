import type { Page } from '../../../../shared/domain/case';
import { DUE_SOON_DAYS, type PersonSummary } from '../../../../shared/domain/monitoring-api';
import { addDays } from '../../../../shared/domain/pipeline';

/*
 * `monitoring.list` has no "check-in due within 7 days" filter, though the overview counts them. The
 * screen reads the persons under supervision and keeps those whose next check-in falls in the window,
 * by the overview's own rule (due today up to seven days ahead), soonest first.
 */

export const isDueSoon = (nextDue: string | null, today: string): boolean =>
  nextDue !== null && nextDue <= addDays(today, DUE_SOON_DAYS);

export function dueSoonPage(
  rows: readonly PersonSummary[],
  today: string,
  page: number,
  pageSize: number,
): Page<PersonSummary> {
  const due = rows
    .filter((row) => isDueSoon(row.nextDue, today))
    .sort((a, b) => a.nextDue!.localeCompare(b.nextDue!) || a.fullName.localeCompare(b.fullName, 'ru'));
  const from = (page - 1) * pageSize;
  return { items: due.slice(from, from + pageSize), total: due.length, page, pageSize };
}
