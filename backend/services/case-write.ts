// Writing a case from a screen: its references resolved, its rules checked, and the one path every edit takes.

import type { CaseRefs, ReferenceKind, WriteTx } from '../../db/ports';
import { StaleVersion } from '../../db/stale-version';
import type { CaseRecord } from '../../shared/domain/case-record';
import { canonicalJson } from '../../shared/canonical-json';
import { correctedFields } from '../../shared/domain/corrections';
import { caseFutureDates } from '../../shared/domain/date-rules';
import { checkCase, checkChange } from '../../shared/domain/pipeline';
import { DomainError } from '../errors';

/** Resolves a record's reference names to ids; in the UI every value must already exist. */
export async function resolveRefs(tx: WriteTx, record: CaseRecord): Promise<CaseRefs> {
  const ids = async (kind: ReferenceKind, names: string[], path: (i: number) => string) => {
    const known = await tx.reference.ids(kind, names);
    return names.map((name, i) => {
      const id = known.get(name);
      if (id === undefined) {
        throw DomainError.field('rule_violation', {
          path: path(i),
          key: `errors.reference.${kind}`,
          params: { name },
        });
      }
      return id;
    });
  };
  const [districtId] = await ids('district', [record.district], () => 'district');
  const [articleId] = await ids('article', [record.article], () => 'article');
  return {
    districtId: districtId!,
    articleId: articleId!,
    platformIds: await ids('platform', record.platforms, (i) => `platforms[${i}]`),
    tacticIds: await ids('tactic', record.tactics, (i) => `tactics[${i}]`),
  };
}

/** Refuses a registry number another case already has, at its field. */
export async function assertRegistryNumberFree(tx: WriteTx, registryNumber: string): Promise<void> {
  if ((await tx.cases.idByRegistryNumber(registryNumber)) !== null) {
    throw DomainError.field('conflict', {
      path: 'registryNumber',
      key: 'errors.registryNumber.taken',
      params: { registryNumber },
    });
  }
}

/**
 * Refuses a record that breaks a pipeline rule or records an event after `today`, each issue at its
 * field; with `before`, at the field the change moved, and only the dates this change writes must not
 * be in the future.
 */
export function assertValid(record: CaseRecord, today: string, before?: CaseRecord): void {
  const rules = before ? checkChange(before, record) : checkCase(record);
  const issues = [...rules, ...caseFutureDates(record, today, before)];
  if (issues.length) throw new DomainError('rule_violation', issues[0]!.key, issues[0]!.params ?? {}, issues);
}

/**
 * The one path every edit of a case takes: load it, refuse it when made on an older version of the
 * case than the stored one, apply the change, check the pipeline rules, demand a reason when a
 * recorded fact is corrected, write it with its audit entry (the write itself compares and sets the
 * version, so nothing written in between is ever overwritten).
 */
export async function changeCase(
  tx: WriteTx,
  id: number,
  action: string,
  change: (record: CaseRecord) => CaseRecord,
  reason: string | undefined,
  version?: number,
): Promise<CaseRecord> {
  // One read of the case, its version with its record (on PostgreSQL under the case's lock, with the
  // audit entry's `before` kept for the write below: the case is read once, not three times).
  const current = await tx.cases.versioned(id);
  if (current === null) throw new DomainError('not_found', 'errors.case.notFound', { id });
  // Before the change is even tried: on a case changed meanwhile, a party's index may name another one.
  if (version !== undefined && current.version !== version) throw new StaleVersion('case', id, version);
  const before = current.record;
  const after = change(structuredClone(before));
  assertValid(after, tx.today, before);
  // Saving what is already recorded changes nothing, so it leaves no (empty) entry in the trail.
  if (canonicalJson(after) === canonicalJson(before)) return before;
  const corrected = correctedFields(before, after);
  const why = reason?.trim();
  if (corrected.length && !why) {
    throw DomainError.field('rule_violation', {
      path: 'reason',
      key: 'errors.correction.reasonRequired',
      params: { fields: corrected.join(', ') },
    });
  }
  if (after.registryNumber !== before.registryNumber)
    await assertRegistryNumberFree(tx, after.registryNumber);
  const refs = await resolveRefs(tx, after);
  await tx.apply({ entity: 'case', id, action, ...(why ? { reason: why } : {}) }, (w) =>
    w.cases.replaceRecord(id, after, refs, version),
  );
  return after;
}
