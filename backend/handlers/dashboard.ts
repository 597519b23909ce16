import type { Readers } from '../../db/ports';
import type { StageCounts } from '../../shared/domain/case-detail';
import { caseStages, type CaseStage } from '../../shared/domain/pipeline';
import { investigationDays, registeredRangeFor, today, withDeadline } from '../services/deadlines';
import type { Handlers } from './handler';

const LISTED = 20;

/** Cases registered in `year` by current stage: one GROUP BY over the stage index. */
async function stageCountsOf(r: Readers, year: number): Promise<StageCounts> {
  const found = await r.cases.stageCounts(`${year}-01-01`, `${year}-12-31`);
  const counts = Object.fromEntries(caseStages.map((s) => [s, found[s] ?? 0])) as Record<CaseStage, number>;
  return { year, counts, total: caseStages.reduce((sum, s) => sum + counts[s], 0) };
}

export const dashboardHandlers = {
  'cases.stageCounts': ({ year }, { store }) => store.read((r) => stageCountsOf(r, year)),
  'dashboard.summary': (_input, { store, now }) =>
    store.read(async (r) => {
      const day = today(now);
      const year = Number(day.slice(0, 4));
      const termDays = await investigationDays(r);
      // This year if it has cases; data that end earlier open on their latest year rather than on zeros.
      const latest = await r.cases.latestRegisteredOn(day);
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
        stagesYear: latest ? Number(latest.slice(0, 4)) : year,
        overdue: await open('overdue'),
        dueSoon: await open('dueSoon'),
        totalCases: all.total,
      };
    }),
} satisfies Partial<Handlers>;
