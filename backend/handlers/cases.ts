import type { Readers } from '../../db/ports';
import type { CaseFilters } from '../../shared/domain/case';
import type { CaseDetail } from '../../shared/domain/case-detail';
import { normaliseCase } from '../../shared/domain/case-record';
import { investigationDeadline, deadlineStatus, stageOfCase } from '../../shared/domain/pipeline';
import { timelineOf } from '../../shared/domain/timeline';
import { DomainError } from '../errors';
import { assertRegistryNumberFree, assertValid, resolveRefs } from '../services/case-write';
import { investigationDays, registeredRangeFor, today, withDeadline } from '../services/deadlines';
import type { Handlers } from './handler';

export async function caseDetail(r: Readers, id: number, todayDate: string): Promise<CaseDetail> {
  // The version and the record read together: an edit made on this page carries the version of what it
  // shows, so a write landing since is refused as stale, never overwritten (a lost change).
  const found = await r.cases.pageOf(id);
  if (!found) throw new DomainError('not_found', 'errors.case.notFound', { id });
  const { version, record, matches, registered } = found;
  const termDays = await investigationDays(r);
  return {
    id,
    version,
    record,
    stage: stageOfCase(record),
    deadline: {
      date: investigationDeadline(record.registeredOn, termDays),
      status: deadlineStatus(record, todayDate, termDays),
      termDays,
    },
    timeline: timelineOf(record),
    monitoring: matches,
    registered,
  };
}

/** Store query for list filters: the deadline filter becomes a registration-date range. */
export function storeQuery(filters: CaseFilters, todayDate: string, termDays: number) {
  const { deadline, ...rest } = filters;
  if (!deadline) return rest;
  return { ...rest, registeredBetween: registeredRangeFor(deadline, todayDate, termDays) };
}

export const caseHandlers = {
  'cases.create': async (input, { store, actor, now }) => {
    const record = normaliseCase(input);
    assertValid(record, store.today());
    const id = await store.write(actor, async (tx) => {
      await assertRegistryNumberFree(tx, record.registryNumber);
      const refs = await resolveRefs(tx, record);
      return tx.apply({ entity: 'case', action: 'case.create' }, (w) => w.cases.insertRecord(record, refs));
    });
    return store.read((r) => caseDetail(r, id, today(now)));
  },
  'cases.get': ({ id }, { store, now }) => store.read((r) => caseDetail(r, id, today(now))),
  'cases.list': (query, { store, now }) =>
    store.read(async (r) => {
      const { page, pageSize, sort, order, ...filters } = query;
      const day = today(now);
      const termDays = await investigationDays(r);
      const result = await r.cases.list({
        ...storeQuery(filters, day, termDays),
        page,
        pageSize,
        sort,
        order,
      });
      return { ...result, items: result.items.map((row) => withDeadline(row, day, termDays)) };
    }),
} satisfies Partial<Handlers>;
