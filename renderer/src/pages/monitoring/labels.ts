import type { TFunction } from 'i18next';
import {
  monitoringEventTypes,
  supervisionTypes,
  type MonitoringEventType,
  type SupervisionType,
} from '../../../../shared/domain/monitoring';
import type { MatchBasis } from '../../../../shared/domain/person-match';

/** The register's fixed value lists, in the UI language. */
export const supervisionTypeLabel = (t: TFunction, type: SupervisionType): string =>
  t(`monitoring.supervisionType.${type}`);

export const eventTypeLabel = (t: TFunction, type: MonitoringEventType): string =>
  t(`monitoring.eventType.${type}`);

export const basisLabel = (t: TFunction, basis: MatchBasis | null): string =>
  t(`monitoring.match.basis.${basis ?? 'decided'}`);

export const supervisionTypeOptions = (t: TFunction) =>
  supervisionTypes.map((value) => ({ value, label: supervisionTypeLabel(t, value) }));

export const eventTypeOptions = (t: TFunction) =>
  monitoringEventTypes.map((value) => ({ value, label: eventTypeLabel(t, value) }));
