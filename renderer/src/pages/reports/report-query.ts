import { languages, type Language } from '../../../../shared/domain/fields';
import { shiftPeriod } from '../../../../shared/domain/period';
import {
  drillFigures,
  statsPeriod,
  type DrillFigure,
  type StatsPeriod,
} from '../../../../shared/domain/stats';

/*
 * The Reports screen keeps its whole state in the URL (`#/reports?year=2024&district=Almaty&lang=kk`,
 * with `from=2024-07-01&to=2024-09-30` for a quarter, a half-year or any days ending in the year,
 * plus `open=…` while a figure's list is open), so a view can be bookmarked, reloaded, and the back
 * button closes a list opened from it (or returns to it from a case). Anything in the URL that is not
 * a valid value is ignored rather than sent to the backend.
 */

export interface ReportView {
  year: number;
  /** A district's name as the data carries it; null for the whole city. */
  district: string | null;
  /** The language of the PDF; null follows the UI language. */
  language: Language | null;
  /** A review subject's name, or `all` for every case; absent: the default subject of Settings. */
  subject?: string;
  /** Days of the year other than the whole year (a quarter…); absent for the calendar year. */
  period?: StatsPeriod | null;
}

/** The list behind one figure, as the drawer shows it. */
export interface DrillTarget {
  figure: DrillFigure;
  /** Narrows the figure: a platform, a sentence type, `women`, `age:21to39`… */
  key?: string;
  year: number;
  district: string | null;
  /** The view's subject (see ReportView): a list counts what its figure counted. */
  subject?: string;
  /** The view's days moved to the list's year (the same quarter a year before); absent for a whole year. */
  period?: StatsPeriod | null;
  page: number;
  pageSize: number;
}

export interface ReportState {
  view: ReportView;
  drill: DrillTarget | null;
}

export const drillPageSizes = [20, 50, 100] as const;
export const DEFAULT_DRILL_PAGE_SIZE = 50;
export const YEARS_OFFERED = 10;
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** A report is about a finished year, so the screen opens on the one before today's. */
export const defaultReportYear = (today: Date = new Date()): number => today.getFullYear() - 1;

function year(value: string | null): number | undefined {
  if (value === null || !/^\d{4}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= MIN_YEAR && n <= MAX_YEAR ? n : undefined;
}

function positiveInt(value: string | null): number | undefined {
  if (value === null || !/^\d{1,6}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 ? n : undefined;
}

function name(value: string | null): string | null {
  const trimmed = value?.trim();
  return trimmed && trimmed.length <= 100 ? trimmed : null;
}

const oneOf = <T extends string>(options: readonly T[], value: string | null): T | undefined =>
  value !== null && (options as readonly string[]).includes(value) ? (value as T) : undefined;

/** `from`/`to` of the URL when they are a period ending in `inYear`; anything else is the whole year. */
function period(params: URLSearchParams, inYear: number): StatsPeriod | null {
  const days = statsPeriod.safeParse({ from: params.get('from'), to: params.get('to') });
  return days.success && Number(days.data.to.slice(0, 4)) === inYear ? days.data : null;
}

/** The view's days in `drillYear` (the same days a year before, for the column of the year before). */
const periodIn = (view: ReportView, drillYear: number): { period?: StatsPeriod } =>
  view.period ? { period: shiftPeriod(view.period, drillYear - view.year) } : {};

export function parseReportParams(params: URLSearchParams, today: Date = new Date()): ReportState {
  const viewYear = year(params.get('year')) ?? defaultReportYear(today);
  const days = period(params, viewYear);
  const view: ReportView = {
    year: viewYear,
    district: name(params.get('district')),
    language: oneOf(languages, params.get('lang')) ?? null,
    ...(days ? { period: days } : {}),
  };
  const subject = name(params.get('subject'));
  if (subject) view.subject = subject;
  const figure = oneOf(drillFigures, params.get('open'));
  if (!figure) return { view, drill: null };
  const key = name(params.get('key'));
  const pageSize = positiveInt(params.get('pageSize'));
  const drillYear = year(params.get('openYear')) ?? view.year;
  const drill: DrillTarget = {
    figure,
    ...(key ? { key } : {}),
    year: drillYear,
    district: name(params.get('openDistrict')) ?? view.district,
    ...(subject ? { subject } : {}),
    ...periodIn(view, drillYear),
    page: positiveInt(params.get('page')) ?? 1,
    pageSize:
      pageSize !== undefined && (drillPageSizes as readonly number[]).includes(pageSize)
        ? pageSize
        : DEFAULT_DRILL_PAGE_SIZE,
  };
  return { view, drill };
}

/** The URL query for a state: the year always (a bookmark must not drift), defaults otherwise left out. */
export function toReportParams({ view, drill }: ReportState): URLSearchParams {
  const params = new URLSearchParams();
  params.set('year', String(view.year));
  if (view.district) params.set('district', view.district);
  if (view.language) params.set('lang', view.language);
  if (view.subject) params.set('subject', view.subject);
  if (view.period) {
    params.set('from', view.period.from);
    params.set('to', view.period.to);
  }
  if (drill) {
    params.set('open', drill.figure);
    if (drill.key) params.set('key', drill.key);
    if (drill.year !== view.year) params.set('openYear', String(drill.year));
    if (drill.district && drill.district !== view.district) params.set('openDistrict', drill.district);
    if (drill.page > 1) params.set('page', String(drill.page));
    if (drill.pageSize !== DEFAULT_DRILL_PAGE_SIZE) params.set('pageSize', String(drill.pageSize));
  }
  return params;
}

/** What a figure on the page asks to open; the rest (year, district, paging) comes from the view. */
export interface DrillRequest {
  figure: DrillFigure;
  key?: string;
  /** Another year than the view's (the previous-year column of the districts table); a period moves with it. */
  year?: number;
  /** One district while the view shows the whole city (a row of the districts table). */
  district?: string;
}

export function drillTargetOf(view: ReportView, request: DrillRequest): DrillTarget {
  const drillYear = request.year ?? view.year;
  return {
    figure: request.figure,
    ...(request.key ? { key: request.key } : {}),
    year: drillYear,
    district: request.district ?? view.district,
    ...(view.subject ? { subject: view.subject } : {}),
    ...periodIn(view, drillYear),
    page: 1,
    pageSize: DEFAULT_DRILL_PAGE_SIZE,
  };
}

/** The years the year picker offers: the last ten, and the one in the URL if it is older or newer. */
export function offeredYears(selected: number, today: Date = new Date()): number[] {
  const latest = today.getFullYear();
  const years = Array.from({ length: YEARS_OFFERED }, (_, i) => latest - i);
  if (!years.includes(selected)) years.push(selected);
  return years.sort((a, b) => b - a);
}
