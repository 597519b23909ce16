import { caseEdits, NoSuchParty, type CaseEditName } from '../../shared/domain/case-edits';
import type { CaseRecord } from '../../shared/domain/case-record';
import type { HandlerContext } from '../context';
import { DomainError } from '../errors';
import { changeCase } from '../services/case-write';
import { writeUnlessStale } from '../services/changed-meanwhile';
import { today } from '../services/deadlines';
import { caseDetail } from './cases';
import type { Handler, Handlers } from './handler';

/** Audit action names: what an auditor reads in the trail for each kind of change. */
const auditActions: Record<CaseEditName, string> = {
  edit: 'case.edit',
  forward: 'case.forward',
  close: 'case.close',
  reopen: 'case.reopen',
  addVictim: 'case.victim.add',
  updateVictim: 'case.victim.update',
  removeVictim: 'case.victim.remove',
  addDefendant: 'case.defendant.add',
  updateDefendant: 'case.defendant.update',
  removeDefendant: 'case.defendant.remove',
  recordVerdict: 'case.verdict',
  recordSentence: 'case.sentence',
};

/**
 * Runs one supervisor action on a case through the single change path, then returns the case. An
 * action made on an older version of the case than the stored one is refused, naming who changed it.
 */
async function act(
  ctx: HandlerContext,
  id: number,
  name: CaseEditName,
  edit: (c: CaseRecord) => CaseRecord,
  reason?: string,
  version?: number,
) {
  const guarded = (c: CaseRecord) => {
    try {
      return edit(c);
    } catch (error) {
      if (error instanceof NoSuchParty) {
        throw DomainError.field('not_found', {
          path: 'index',
          key: 'errors.case.noSuchParty',
          params: { index: error.index },
        });
      }
      throw error;
    }
  };
  await writeUnlessStale(ctx, (tx) => changeCase(tx, id, auditActions[name], guarded, reason, version));
  return ctx.store.read((r) => caseDetail(r, id, today(ctx.now)));
}

function handlerFor<N extends CaseEditName>(name: N): Handler<`cases.${N}`> {
  const apply = caseEdits[name] as (c: CaseRecord, input: object) => CaseRecord;
  return (
    { id, reason, version, ...input }: { id: number; reason?: string; version?: number },
    ctx: HandlerContext,
  ) => act(ctx, id, name, (c) => apply(c, input), reason, version);
}

export const casePipelineHandlers = Object.fromEntries(
  (Object.keys(auditActions) as CaseEditName[]).map((name) => [`cases.${name}`, handlerFor(name)]),
) as { [N in CaseEditName as `cases.${N}`]: Handler<`cases.${N}`> } satisfies Partial<Handlers>;
