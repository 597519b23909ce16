import { z } from 'zod';
import { caseListQuery, newCaseInput, type CaseSummary, type Page } from '../domain/case';
import type { Article, District } from '../domain/reference';
import { language, type Language } from '../domain/fields';
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
}

/**
 * Every method the renderer may call. Both transports (Electron IPC and the local HTTP host)
 * validate each payload against these schemas before any handler runs.
 */
export const contract = {
  'app.info': query<AppInfo>()(none),
  'settings.get': query<UiSettings>()(none),
  'settings.setLanguage': command<UiSettings>()(z.object({ language }).strict()),
  'reference.districts': query<District[]>()(none),
  'reference.articles': query<Article[]>()(none),
  'cases.create': command<CaseSummary>()(newCaseInput),
  'cases.list': query<Page<CaseSummary>>()(caseListQuery),
} satisfies Record<string, MethodSpec>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = NonNullable<Contract[M]['output']>;

export const methodNames = Object.keys(contract) as MethodName[];
export const isMethodName = (name: string): name is MethodName => Object.hasOwn(contract, name);
