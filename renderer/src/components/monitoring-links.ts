import type { MonitoringFilter } from '../../../shared/domain/monitoring-api';

/** Where a monitored person's page is (`#/monitoring/<id>`, the register's database id). */
export const personPath = (id: number): string => `/monitoring/${id}`;

/** The register, filtered as a summary figure counts. */
export const registerPath = (filter: MonitoringFilter = 'all'): string =>
  filter === 'all' ? '/monitoring' : `/monitoring?filter=${filter}`;
