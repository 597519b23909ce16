import { appHandlers } from './app';
import { auditHistoryHandlers } from './audit-history';
import { auditTrailHandlers } from './audit-trail';
import { authHandlers } from './auth';
import { backupHandlers } from './backups';
import { userHandlers } from './users';
import { caseFileHandlers } from './case-files';
import { casePipelineHandlers } from './case-pipeline';
import { caseHandlers } from './cases';
import { connectionHandlers } from './connection';
import { dashboardHandlers } from './dashboard';
import type { Handlers } from './handler';
import { monitoringHandlers } from './monitoring';
import { referenceHandlers } from './reference';
import { reportPdfHandlers } from './report-pdf';
import { reportSettingsHandlers } from './report-settings';
import { reportHandlers } from './reports';
import { settingsHandlers } from './settings';

export const handlers: Handlers = {
  ...authHandlers,
  ...userHandlers,
  ...auditTrailHandlers,
  ...auditHistoryHandlers,
  ...appHandlers,
  ...connectionHandlers,
  ...settingsHandlers,
  ...backupHandlers,
  ...referenceHandlers,
  ...dashboardHandlers,
  ...caseHandlers,
  ...casePipelineHandlers,
  ...caseFileHandlers,
  ...reportHandlers,
  ...reportSettingsHandlers,
  ...reportPdfHandlers,
  ...monitoringHandlers,
};
