import type { CaseRecord } from './case-record';
import type { CaseStage, DeadlineStatus } from './pipeline';
import type { TimelineEvent } from './timeline';
import type { CaseSummary } from './case';
import type { CaseMatch, RegisteredDefendant } from './monitoring-api';

export interface CaseDetail {
  id: number;
  /** The version of the case read: every edit sends it back, and is refused if the case has moved on. */
  version: number;
  record: CaseRecord;
  stage: CaseStage;
  deadline: { date: string; status: DeadlineStatus; termDays: number };
  timeline: TimelineEvent[];
  /** Monitored persons who may be (pending) or were decided to be defendants of this case. */
  monitoring: CaseMatch[];
  /** Defendants put on the register from this case's conviction, with their register entry. */
  registered: RegisteredDefendant[];
}

/** Cases registered in one year, by the stage each is at now. */
export interface StageCounts {
  year: number;
  counts: Record<CaseStage, number>;
  /** All of the year's cases: the sum of `counts`. */
  total: number;
}

export interface DashboardSummary {
  /** This year (the office's today). */
  year: number;
  today: string;
  /**
   * The year the dashboard opens on: this year, or, when no case is registered in it yet, the latest
   * earlier year that has cases (so a database whose data end earlier does not open on zeros). Its
   * figures come from `cases.stageCounts`.
   */
  stagesYear: number;
  overdue: { items: CaseSummary[]; total: number };
  dueSoon: { items: CaseSummary[]; total: number };
  /** Cases in the whole database (the UI offers demo data when there are none). */
  totalCases: number;
}

export interface ImportJob {
  jobId: string;
  state: 'running' | 'done' | 'failed';
  done: number;
  total: number;
}
