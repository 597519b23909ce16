import type { Readers } from '../../../db/ports';
import type { z } from 'zod';
import type { Page } from '../../../shared/domain/case';
import {
  isDueSoon,
  type CaseMatch,
  type MonitoringOverview,
  type monitoringActions,
  type PersonDetail,
  type PersonSummary,
} from '../../../shared/domain/monitoring-api';
import { comparableName } from '../../../shared/domain/person-match';
import { DomainError } from '../../errors';
import { periodStatus, personSummary } from './status';

/*
 * The register as the screens see it on one day. The whole register is read at once (it holds
 * thousands of persons, not millions), so every filter and count here is plain code over it.
 */

const LISTED = 20;

function matchesByPerson(matches: CaseMatch[]): Map<number, CaseMatch[]> {
  const map = new Map<number, CaseMatch[]>();
  for (const m of matches) map.set(m.personDbId, [...(map.get(m.personDbId) ?? []), m]);
  return map;
}

async function summaries(r: Readers, today: string): Promise<PersonSummary[]> {
  const [persons, matches] = await Promise.all([r.monitoring.all(), r.monitoring.matches({})]);
  const byPerson = matchesByPerson(matches);
  return persons.map(({ id, record }) => personSummary(id, record, today, byPerson.get(id) ?? []));
}

export async function personDetail(r: Readers, id: number, today: string): Promise<PersonDetail> {
  // The version before the record, as caseDetail reads them: never a newer version than the record.
  const version = await r.monitoring.version(id);
  const record = await r.monitoring.record(id);
  if (!record || version === null) throw new DomainError('not_found', 'errors.monitoring.notFound', { id });
  return {
    id,
    version,
    record,
    periods: record.periods.map((p) => periodStatus(p, today)),
    matches: await r.monitoring.matches({ personDbId: id }),
    today,
  };
}

const searchable = (s: PersonSummary) => comparableName(`${s.fullName} ${s.personId} ${s.iin ?? ''}`);

export async function listPersons(
  r: Readers,
  query: z.output<typeof monitoringActions.list>,
  today: string,
): Promise<Page<PersonSummary>> {
  const wanted = query.search?.trim() ? comparableName(query.search) : null;
  const keep: Record<typeof query.filter, (s: PersonSummary) => boolean> = {
    all: () => true,
    active: (s) => s.current !== null,
    overdue: (s) => s.overdue > 0,
    dueSoon: (s) => isDueSoon(s.nextDue, today),
    endingSoon: (s) => s.endingSoon,
    flagged: (s) => s.pendingMatches + s.confirmedCases > 0,
  };
  const rows = (await summaries(r, today))
    .filter((s) => keep[query.filter](s) && (wanted === null || searchable(s).includes(wanted)))
    // Who needs attention first: undecided matches, lapsed check-ins (or, listing the due, the soonest), then by name.
    .sort(
      (a, b) =>
        (query.filter === 'dueSoon' ? a.nextDue!.localeCompare(b.nextDue!) : 0) ||
        b.pendingMatches - a.pendingMatches ||
        b.overdue - a.overdue ||
        a.fullName.localeCompare(b.fullName, 'ru'),
    );
  const from = (query.page - 1) * query.pageSize;
  return {
    items: rows.slice(from, from + query.pageSize),
    total: rows.length,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function monitoringOverview(r: Readers, today: string): Promise<MonitoringOverview> {
  const [persons, matches] = await Promise.all([r.monitoring.all(), r.monitoring.matches({})]);
  const overdue: MonitoringOverview['overdue']['items'] = [];
  const dueSoon: MonitoringOverview['dueSoon']['items'] = [];
  const endingSoon: MonitoringOverview['endingSoon']['items'] = [];
  let underSupervision = 0;
  for (const { id, record } of persons) {
    const person = { id, personId: record.personId, fullName: record.fullName };
    const statuses = record.periods.map((p) => periodStatus(p, today));
    if (statuses.some((s) => s.active)) underSupervision += 1;
    statuses.forEach((s, period) => {
      for (const due of s.overdue) overdue.push({ person, period, due });
      if (isDueSoon(s.nextDue, today)) dueSoon.push({ person, period, due: s.nextDue! });
      if (s.endingSoon)
        endingSoon.push({
          person,
          period,
          type: record.periods[period]!.type,
          end: record.periods[period]!.end!,
        });
    });
  }
  const pending = matches.filter((m) => m.status === 'pending');
  const first = <T>(items: T[], by: (a: T, b: T) => number) => ({
    items: items.sort(by).slice(0, LISTED),
    total: items.length,
  });
  return {
    today,
    underSupervision,
    overdue: first(overdue, (a, b) => a.due.localeCompare(b.due)),
    dueSoon: first(dueSoon, (a, b) => a.due.localeCompare(b.due)),
    endingSoon: first(endingSoon, (a, b) => a.end.localeCompare(b.end)),
    pendingMatches: { items: pending.slice(0, LISTED), total: pending.length },
  };
}
