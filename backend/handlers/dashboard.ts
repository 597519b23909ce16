import { caseStages, type CaseStage } from '../../shared/domain/pipeline';
import { investigationDays, registeredRangeFor, today, withDeadline } from '../services/deadlines';
import type { Handlers } from './handler';

const LISTED = 20;

export const dashboardHandlers = {
  'dashboard.summary': (_input, { store, now }) =>
    store.read(async (r) => {
      const day = today(now);
      const year = Number(day.slice(0, 4));
      const termDays = await investigationDays(r);
      const counts = await r.cases.stageCounts(`${year}-01-01`, `${year}-12-31`);
      const stageCounts = Object.fromEntries(caseStages.map((s) => [s, counts[s] ?? 0])) as Record<
        CaseStage,
        number
      >;
      const open = async (status: 'overdue' | 'dueSoon') => {
        const page = await r.cases.list({
          registeredBetween: registeredRangeFor(status, day, termDays),
          page: 1,
          pageSize: LISTED,
          sort: 'registeredOn',
          order: 'asc',
        });
        return { items: page.items.map((row) => withDeadline(row, day, termDays)), total: page.total };
      };
      const all = await r.cases.list({ page: 1, pageSize: 1, sort: 'registeredOn', order: 'asc' });
      return {
        year,
        today: day,
        stageCounts,
        overdue: await open('overdue'),
        dueSoon: await open('dueSoon'),
        totalCases: all.total,
      };
    }),
} satisfies Partial<Handlers>;
