import type { TFunction } from 'i18next';
import { DUE_SOON_DAYS, ENDING_SOON_DAYS } from '../../../shared/domain/monitoring-api';

/** The register's warnings: overdue check-ins, check-ins due soon, periods ending soon, matches to decide. */
export type MonitoringWarning = 'overdue' | 'dueSoon' | 'endingSoon' | 'pendingMatches';

/**
 * A warning's one name, on the dashboard and on the Monitoring screen alike, with the days of its
 * window counted from the rule that sets them.
 */
export function monitoringWarningTitle(t: TFunction, warning: MonitoringWarning): string {
  switch (warning) {
    case 'dueSoon':
      return t('caseMonitoring.warning.dueSoon', { count: DUE_SOON_DAYS });
    case 'endingSoon':
      return t('caseMonitoring.warning.endingSoon', { count: ENDING_SOON_DAYS });
    default:
      return t(`caseMonitoring.warning.${warning}`);
  }
}
