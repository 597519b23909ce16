import { canonicalJson } from '../../../shared/canonical-json';
import type { PersonRefs, WriteTx } from '../../../db/ports';
import { StaleVersion } from '../../../db/stale-version';
import {
  normaliseIdentity,
  type MonitoredPerson,
  type PersonIdentityInput,
} from '../../../shared/domain/monitoring';
import { personFutureDates } from '../../../shared/domain/date-rules';
import { checkPerson } from '../../../shared/domain/monitoring-rules';
import type { RuleIssue } from '../../../shared/domain/pipeline';
import { DomainError } from '../../errors';

/*
 * The one path every change of a monitored person takes: load, change, check the person's rules and
 * uniqueness, resolve names to ids, write it whole with its audit entry.
 */

function refuse(issues: RuleIssue[]): never {
  throw new DomainError('rule_violation', issues[0]!.key, issues[0]!.params ?? {}, issues);
}

/** Refuses a broken rule or an event after `today`; with `before`, only dates this change writes count. */
export function assertPersonValid(record: MonitoredPerson, today: string, before?: MonitoredPerson): void {
  const issues = [...checkPerson(record), ...personFutureDates(record, today, before)];
  if (issues.length) refuse(issues);
}

/** Refuses a register number or IIN another person already has. */
export async function assertPersonUnique(
  tx: Pick<WriteTx, 'monitoring'>,
  record: MonitoredPerson,
  self: number | null,
): Promise<void> {
  const byKey = await tx.monitoring.idByKey(record.personId);
  if (byKey !== null && byKey !== self) {
    throw DomainError.field('conflict', {
      path: 'personId',
      key: 'errors.monitoring.personIdTaken',
      params: { personId: record.personId, id: byKey },
    });
  }
  const byIin = record.iin === null ? null : await tx.monitoring.idByIin(record.iin);
  if (byIin !== null && byIin !== self) {
    const other = await tx.monitoring.record(byIin);
    throw DomainError.field('conflict', {
      path: 'iin',
      key: 'errors.monitoring.iinTaken',
      params: { personId: other?.personId ?? '', id: byIin },
    });
  }
}

/** District and linked cases by name; in the app both must exist (the importer creates districts first). */
export async function resolvePersonRefs(
  tx: Pick<WriteTx, 'reference' | 'cases'>,
  record: MonitoredPerson,
  districts?: Map<string, number>,
): Promise<PersonRefs> {
  let districtId: number | null = null;
  if (record.district !== null) {
    const known = districts ?? (await tx.reference.ids('district'));
    districtId = known.get(record.district) ?? null;
    if (districtId === null) {
      throw DomainError.field('rule_violation', {
        path: 'district',
        key: 'errors.reference.district',
        params: { name: record.district },
      });
    }
  }
  const linkCaseIds: number[] = [];
  for (const [i, link] of record.caseLinks.entries()) {
    const id = await tx.cases.idByRegistryNumber(link.registryNumber);
    if (id === null) {
      throw DomainError.field('rule_violation', {
        path: `caseLinks[${i}].registryNumber`,
        key: 'errors.monitoring.linkUnknownCase',
        params: { registryNumber: link.registryNumber },
      });
    }
    linkCaseIds.push(id);
  }
  return { districtId, linkCaseIds };
}

export async function loadPerson(tx: Pick<WriteTx, 'monitoring'>, id: number): Promise<MonitoredPerson> {
  const record = await tx.monitoring.record(id);
  if (!record) throw new DomainError('not_found', 'errors.monitoring.notFound', { id });
  return record;
}

export async function createPerson(
  tx: WriteTx,
  record: MonitoredPerson,
  action: string,
  reason?: string,
): Promise<number> {
  assertPersonValid(record, tx.today);
  await assertPersonUnique(tx, record, null);
  const refs = await resolvePersonRefs(tx, record);
  return tx.apply({ entity: 'person', action, ...(reason ? { reason } : {}) }, (w) =>
    w.monitoring.insert(record, refs),
  );
}

/**
 * The one path every edit of a register person takes, as changeCase for a case: refused when made on
 * an older version than the stored one, checked, and written (compare-and-set) with its audit entry.
 */
export async function changePerson(
  tx: WriteTx,
  id: number,
  action: string,
  change: (record: MonitoredPerson) => MonitoredPerson,
  reason: string | undefined,
  version?: number,
): Promise<MonitoredPerson> {
  const before = await loadPerson(tx, id);
  // Refused before the change is tried, as changeCase does: an index may name another entry by now.
  if (version !== undefined && (await tx.monitoring.version(id)) !== version) {
    throw new StaleVersion('person', id, version);
  }
  const after = change(structuredClone(before));
  assertPersonValid(after, tx.today, before);
  // Saving what is already recorded changes nothing, so it leaves no (empty) entry in the trail.
  if (canonicalJson(after) === canonicalJson(before)) return before;
  await assertPersonUnique(tx, after, id);
  const refs = await resolvePersonRefs(tx, after);
  const why = reason?.trim();
  await tx.apply({ entity: 'person', id, action, ...(why ? { reason: why } : {}) }, (w) =>
    w.monitoring.replace(id, after, refs, version),
  );
  return after;
}

/** A new person with nothing recorded yet; without a register number, the next free one. */
export async function newPersonRecord(
  tx: Pick<WriteTx, 'monitoring'>,
  identity: Omit<PersonIdentityInput, 'personId'> & { personId?: string | undefined },
): Promise<MonitoredPerson> {
  const personId = identity.personId ?? (await tx.monitoring.nextKey());
  return {
    ...normaliseIdentity({ ...identity, personId }),
    convictions: [],
    periods: [],
    caseLinks: [],
  };
}
