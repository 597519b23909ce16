import type { CaseRecord } from './case-record';
import type { CaseStage, DeadlineStatus } from './pipeline';
import type { TimelineEvent } from './timeline';
import type { CaseSummary } from './case';
import type { CaseMatch } from './monitoring-api';

export interface CaseDetail {
  id: number;
  record: CaseRecord;
  stage: CaseStage;
  deadline: { date: string; status: DeadlineStatus; termDays: number };
  timeline: TimelineEvent[];
  /** Monitored persons who may be (pending) or were decided to be defendants of this case. */
  monitoring: CaseMatch[];
}

export interface DashboardSummary {
  year: number;
  today: string;
  /** Cases registered this year, by their current stage. */
  stageCounts: Record<CaseStage, number>;
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
