import { annualStats, drillDown } from '../services/stats';
import type { Handlers } from './handler';

export const reportHandlers = {
  'reports.stats': (query, { store }) => annualStats(store, query),
  'reports.drilldown': (query, { store }) => drillDown(store, query),
} satisfies Partial<Handlers>;
