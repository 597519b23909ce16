import { today } from '../services/deadlines';
import { annualStats, drillDown } from '../services/stats';
import type { Handlers } from './handler';

export const reportHandlers = {
  'reports.stats': (query, { store, now }) => annualStats(store, query, today(now)),
  'reports.drilldown': (query, { store }) => drillDown(store, query),
} satisfies Partial<Handlers>;
