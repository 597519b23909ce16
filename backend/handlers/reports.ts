import { today } from '../services/deadlines';
import { annualStats, drillDown } from '../services/stats';
import type { Handlers } from './handler';

export const reportHandlers = {
  'reports.stats': (query, { store, now }) => annualStats(store, query, today(now)),
  'reports.drilldown': (query, { store, now }) => drillDown(store, query, today(now)),
} satisfies Partial<Handlers>;
