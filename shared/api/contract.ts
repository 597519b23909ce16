import { z } from 'zod';
import { caseListQuery, newCaseInput, type CaseSummary, type Page } from '../domain/case';
import { caseActions } from '../domain/case-actions';
import type { CaseDetail, DashboardSummary, ImportJob } from '../domain/case-detail';
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
import { reportRequest, reportSettingsInput, type ReportJob, type ReportSettings } from '../domain/report';
import { drillQuery, statsQuery, type AnnualStats, type DrillPage } from '../domain/stats';
import { command, query, type MethodSpec } from './define';

const none = z.object({}).strict();

export interface AppInfo {
  version: string;
  schemaVersion: number;
  databasePath: string;
  transport: 'electron' | 'http';
}

export interface UiSettings {
  language: Language;
  /** Days from registration within which a case must be forwarded or closed. */
  investigationDays: number;
}

/**
 * Every method the renderer may call. Both transports (Electron IPC and the local HTTP host)
 * validate each payload against these schemas before any handler runs.
 */
export const contract = {
  'app.info': query<AppInfo>()(none),
  'settings.get': query<UiSettings>()(none),
  'settings.setLanguage': command<UiSettings>()(z.object({ language }).strict()),
  'settings.setInvestigationDays': command<UiSettings>()(
    z
      .object({
        days: z.number().int().min(1).max(3650),
      })
      .strict(),
  ),
  'reference.districts': query<District[]>()(none),
  'reference.articles': query<Article[]>()(none),
  'reference.list': query<ReferenceItem[]>()(
    z.object({ kind: z.enum(referenceKinds), includeInactive: z.boolean().optional() }).strict(),
  ),
  'reference.save': command<ReferenceItem>()(referenceSave),
  'dashboard.summary': query<DashboardSummary>()(none),
  'cases.create': command<CaseDetail>()(newCaseInput),
  'cases.list': query<Page<CaseSummary>>()(caseListQuery),
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
  'cases.importProgress': query<ImportJob & { summary?: ImportSummary }>()(caseActions.importProgress),
  'cases.export': query<{ content: string; count: number }>()(caseActions.export),
  'monitoring.overview': query<MonitoringOverview>()(monitoringActions.overview),
  'monitoring.list': query<Page<PersonSummary>>()(monitoringActions.list),
  'monitoring.get': query<PersonDetail>()(monitoringActions.get),
  'monitoring.create': command<PersonDetail>()(monitoringActions.create),
  'monitoring.update': command<PersonDetail>()(monitoringActions.update),
  'monitoring.fromDefendant': command<PersonDetail>()(monitoringActions.fromDefendant),
  'monitoring.addConviction': command<PersonDetail>()(monitoringActions.addConviction),
  'monitoring.removeConviction': command<PersonDetail>()(monitoringActions.removeConviction),
  'monitoring.addPeriod': command<PersonDetail>()(monitoringActions.addPeriod),
  'monitoring.updatePeriod': command<PersonDetail>()(monitoringActions.updatePeriod),
  'monitoring.recordEvent': command<PersonDetail>()(monitoringActions.recordEvent),
  'monitoring.decideLink': command<PersonDetail>()(monitoringActions.decideLink),
  'demo.fill': command<ImportSummary>()(none),
  'reports.stats': query<AnnualStats>()(statsQuery),
  'reports.drilldown': query<DrillPage>()(drillQuery),
  'reports.settings': query<ReportSettings>()(none),
  'reports.saveSettings': command<ReportSettings>()(reportSettingsInput),
  'reports.pdfStart': query<ReportJob>()(reportRequest),
  'reports.pdfProgress': query<ReportJob>()(z.object({ jobId: z.string().uuid() }).strict()),
} satisfies Record<string, MethodSpec>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = NonNullable<Contract[M]['output']>;

export const methodNames = Object.keys(contract) as MethodName[];
export const isMethodName = (name: string): name is MethodName => Object.hasOwn(contract, name);
