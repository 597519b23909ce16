import { today } from '../services/deadlines';
import { annualStats, drillDown } from '../services/stats';
import { pipelineTrend } from '../services/trend';
import type { Handlers } from './handler';

export const reportHandlers = {
  'reports.stats': (query, { store, now }) => annualStats(store, query, today(now)),
  'reports.drilldown': (query, { store, now }) => drillDown(store, query, today(now)),
  'reports.trend': (query, { store }) => pipelineTrend(store, query),
} satisfies Partial<Handlers>;
