import { z } from 'zod';
import { signInJournalQuery, type SignInJournalEntry } from '../domain/sign-in-journal';
import { caseListQuery, newCaseInput, type CaseSummary, type Page } from '../domain/case';
import { caseActions } from '../domain/case-actions';
import type { CaseDetail, DashboardSummary, ImportJob, StageCounts } from '../domain/case-detail';
import type { ImportPreview, ImportSummary } from '../domain/import';
import {
  referenceKinds,
  referenceSave,
  type Article,
  type District,
  type ReferenceItem,
} from '../domain/reference';
import { language, type Language } from '../domain/fields';
import {
  monitoringActions,
  type MonitoringOverview,
  type PersonDetail,
  type PersonSummary,
} from '../domain/monitoring-api';
import { investigationDays } from '../domain/pipeline';
import { reportRequest, reportSettingsInput, type ReportJob, type ReportSettings } from '../domain/report';
import { reviewSubjects, type ReviewSubjects } from '../domain/review-subject';
import { sheetRead, sheetSaveMapping, type SheetReading } from '../domain/sheet-import';
import {
  drillQuery,
  statsQuery,
  type AnnualStats,
  type DrillPage,
  type PipelineTrend,
} from '../domain/stats';
import {
  authActions,
  idleMinutes,
  userActions,
  type AuthStatus,
  type SignIn,
  type UserSummary,
} from '../domain/accounts';
import {
  auditActions,
  type AuditEntryDetail,
  type AuditExport,
  type AuditFacets,
  type AuditListEntry,
  type HistoryEntry,
  type VerifyReport,
} from '../domain/audit-view';
import {
  backupActions,
  type BackupItem,
  type BackupOverview,
  type RestoreCandidate,
  type RestoreDone,
} from '../domain/backups';
import { connectionChoice, officeAddress, type ConnectionInfo } from '../domain/connection';
import { command, own, query, type MethodSpec } from './define';

const none = z.object({}).strict();

export interface AppInfo {
  version: string;
  schemaVersion: number;
  databasePath: string;
  transport: 'electron' | 'http';
}

export interface UiSettings {
  /** The signed-in user's language (the office default until they choose one). */
  language: Language;
  /** Days from registration within which a case must be forwarded or closed. */
  investigationDays: number;
  /** Minutes without input after which the app locks itself. */
  idleMinutes: number;
}

/**
 * Every method the renderer may call. Both transports (Electron IPC and the local HTTP host)
 * validate each payload against these schemas before any handler runs.
 */
export const contract = {
  'auth.status': own<AuthStatus>()(none, false),
  'auth.setupAdmin': own<SignIn>()(authActions.setupAdmin),
  'auth.login': own<SignIn>()(authActions.login),
  'auth.logout': own<AuthStatus>()(none),
  'auth.lock': own<AuthStatus>()(none),
  /** Someone is at the keyboard: holds off the backend's idle lock while nothing else is called. */
  'auth.keepAlive': own<Record<string, never>>()(none, false),
  'auth.unlock': own<AuthStatus>()(authActions.unlock),
  'auth.changePassword': own<AuthStatus>()(authActions.changePassword),
  'users.list': query<UserSummary[]>()(none),
  'users.create': command<UserSummary>()(userActions.create),
  'users.update': command<UserSummary>()(userActions.update),
  'users.setDisabled': command<UserSummary>()(userActions.setDisabled),
  'users.resetPassword': command<UserSummary>()(userActions.resetPassword),
  'audit.list': query<Page<AuditListEntry>>()(auditActions.list),
  'audit.facets': query<AuditFacets>()(none),
  'audit.entry': query<AuditEntryDetail>()(auditActions.entry),
  'audit.caseHistory': query<HistoryEntry[]>()(auditActions.caseHistory),
  'audit.personHistory': query<HistoryEntry[]>()(auditActions.personHistory),
  'audit.verify': query<VerifyReport>()(none),
  'audit.checkAnchor': query<VerifyReport>()(auditActions.checkAnchor),
  'audit.signIns': query<Page<SignInJournalEntry>>()(signInJournalQuery),
  'audit.exportCsv': query<AuditExport & { content: string }>()(auditActions.export),
  'audit.exportXlsx': query<AuditExport & { xlsxBase64: string }>()(auditActions.export),
  'audit.exportPdf': query<AuditExport & { pdfBase64: string }>()(auditActions.export),
  'app.info': query<AppInfo>()(none),
  /*
   * The desktop app's own: answered by its main process (office-client/), never sent to a server, and
   * refused by every server. Which database this window works on; at the first start only, what
   * certificate a typed address presents, and the choice itself.
   */
  'connection.get': own<ConnectionInfo>()(none, false),
  'connection.probe': own<{ address: string; fingerprint: string }>()(
    z.object({ address: officeAddress }).strict(),
    false,
  ),
  'connection.choose': own<ConnectionInfo>()(connectionChoice),
  /* This computer's database file: backups and restore (an office's PostgreSQL is dumped by its administrator). */
  'backups.overview': query<BackupOverview>()(none),
  'backups.create': command<BackupItem>()(none),
  'backups.describe': query<RestoreCandidate>()(backupActions.describe),
  'backups.restore': command<RestoreDone>()(backupActions.restore),
  'backups.saveSettings': command<BackupOverview>()(backupActions.saveSettings),
  'settings.get': query<UiSettings>()(none),
  'settings.setLanguage': own<UiSettings>()(z.object({ language }).strict()),
  'settings.setIdleMinutes': command<UiSettings>()(z.object({ minutes: idleMinutes }).strict()),
  'settings.setInvestigationDays': command<UiSettings>()(z.object({ days: investigationDays }).strict()),
  'reference.districts': query<District[]>()(none),
  'reference.articles': query<Article[]>()(none),
  'reference.list': query<ReferenceItem[]>()(
    z.object({ kind: z.enum(referenceKinds), includeInactive: z.boolean().optional() }).strict(),
  ),
  'reference.save': command<ReferenceItem>()(referenceSave),
  'dashboard.summary': query<DashboardSummary>()(none),
  'cases.create': command<CaseDetail>()(newCaseInput),
  'cases.list': query<Page<CaseSummary>>()(caseListQuery),
  /** The dashboard's stage figures of one registration year, counted in one query. */
  'cases.stageCounts': query<StageCounts>()(
    z.object({ year: z.number().int().min(1900).max(9999) }).strict(),
  ),
  'cases.get': query<CaseDetail>()(caseActions.get),
  'cases.edit': command<CaseDetail>()(caseActions.edit),
  'cases.forward': command<CaseDetail>()(caseActions.forward),
  'cases.close': command<CaseDetail>()(caseActions.close),
  'cases.reopen': command<CaseDetail>()(caseActions.reopen),
  'cases.addVictim': command<CaseDetail>()(caseActions.addVictim),
  'cases.updateVictim': command<CaseDetail>()(caseActions.updateVictim),
  'cases.removeVictim': command<CaseDetail>()(caseActions.removeVictim),
  'cases.addDefendant': command<CaseDetail>()(caseActions.addDefendant),
  'cases.updateDefendant': command<CaseDetail>()(caseActions.updateDefendant),
  'cases.removeDefendant': command<CaseDetail>()(caseActions.removeDefendant),
  'cases.recordVerdict': command<CaseDetail>()(caseActions.recordVerdict),
  'cases.recordSentence': command<CaseDetail>()(caseActions.recordSentence),
  'cases.importPreview': query<ImportPreview>()(caseActions.importPreview),
  'cases.importStart': command<ImportJob>()(caseActions.importStart),
  /** A spreadsheet read as a case list (mapping, problems by row and column, or the import's preview). */
  'cases.sheetRead': query<SheetReading>()(sheetRead),
  /** Remembers a mapping for its set of headers, so the next sheet of that layout is mapped alike. */
  'cases.sheetSaveMapping': command<{ remembered: true }>()(sheetSaveMapping),
  'cases.importProgress': query<ImportJob & { summary?: ImportSummary }>()(caseActions.importProgress),
  'cases.export': query<{ content: string; count: number }>()(caseActions.export),
  /** The case list, filtered as the screen's, as an .xlsx workbook in the caller's language. */
  'cases.exportSpreadsheet': query<{ xlsxBase64: string; count: number }>()(caseActions.export),
  'monitoring.overview': query<MonitoringOverview>()(monitoringActions.overview),
  'monitoring.list': query<Page<PersonSummary>>()(monitoringActions.list),
  'monitoring.exportSpreadsheet': query<{ fileName: string; count: number; xlsxBase64: string }>()(
    monitoringActions.exportSpreadsheet,
  ),
  'monitoring.get': query<PersonDetail>()(monitoringActions.get),
  'monitoring.create': command<PersonDetail>()(monitoringActions.create),
  'monitoring.update': command<PersonDetail>()(monitoringActions.update),
  'monitoring.fromDefendant': command<PersonDetail>()(monitoringActions.fromDefendant),
  'monitoring.addConviction': command<PersonDetail>()(monitoringActions.addConviction),
  'monitoring.removeConviction': command<PersonDetail>()(monitoringActions.removeConviction),
  'monitoring.addPeriod': command<PersonDetail>()(monitoringActions.addPeriod),
  'monitoring.updatePeriod': command<PersonDetail>()(monitoringActions.updatePeriod),
  'monitoring.removePeriod': command<PersonDetail>()(monitoringActions.removePeriod),
  'monitoring.recordEvent': command<PersonDetail>()(monitoringActions.recordEvent),
  'monitoring.removeEvent': command<PersonDetail>()(monitoringActions.removeEvent),
  'monitoring.decideLink': command<PersonDetail>()(monitoringActions.decideLink),
  'demo.fill': command<ImportSummary>()(none),
  'reports.stats': query<AnnualStats>()(statsQuery),
  'reports.drilldown': query<DrillPage>()(drillQuery),
  /** The pipeline over the last five years up to the one asked (as far as data go), oldest first. */
  'reports.trend': query<PipelineTrend>()(statsQuery),
  'reports.settings': query<ReportSettings>()(none),
  'reports.saveSettings': command<ReportSettings>()(reportSettingsInput),
  /** The unit's review subjects (crime types: articles, titles, legal texts) and the default one. */
  'reports.subjects': query<ReviewSubjects>()(none),
  'reports.saveSubjects': command<ReviewSubjects>()(reviewSubjects),
  'reports.pdfStart': query<ReportJob>()(reportRequest),
  /** The review's tables for these options as an .xlsx workbook, one sheet per table. */
  'reports.spreadsheet': query<{ fileName: string; xlsxBase64: string }>()(reportRequest),
  /** The review for these options as a Word document (.docx), to edit its wording before publishing. */
  'reports.docx': query<{ fileName: string; docxBase64: string }>()(reportRequest),
  'reports.pdfProgress': query<ReportJob>()(z.object({ jobId: z.string().uuid() }).strict()),
} satisfies Record<string, MethodSpec>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = NonNullable<Contract[M]['output']>;

export const methodNames = Object.keys(contract) as MethodName[];
export const isMethodName = (name: string): name is MethodName => Object.hasOwn(contract, name);
