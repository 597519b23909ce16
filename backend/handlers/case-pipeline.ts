import type { CaseRecord, Defendant } from '../../shared/domain/case-record';
import { DomainError } from '../errors';
import { changeCase } from '../services/case-changes';
import { today } from '../services/deadlines';
import type { HandlerContext } from '../context';
import { caseDetail } from './cases';
import type { Handlers } from './handler';

/** Runs one supervisor action on a case through the single change path, then returns the case. */
async function act(
  ctx: HandlerContext,
  id: number,
  action: string,
  change: (c: CaseRecord) => CaseRecord,
  reason?: string,
) {
  await ctx.store.write(ctx.actor, (tx) => changeCase(tx, id, action, change, reason));
  return ctx.store.read((r) => caseDetail(r, id, today(ctx.now)));
}

function at<T>(list: T[], index: number, path: string): T {
  const item = list[index];
  if (item === undefined)
    throw DomainError.field('not_found', { path, key: 'errors.case.noSuchParty', params: { index } });
  return item;
}

const blankVerdict: Pick<Defendant, 'convictedOn' | 'acquittedOn' | 'sentence'> = {
  convictedOn: null,
  acquittedOn: null,
  sentence: null,
};

export const casePipelineHandlers = {
  'cases.edit': ({ id, changes, reason }, ctx) =>
    act(ctx, id, 'case.edit', (c) => ({ ...c, ...changes }), reason),
  'cases.forward': ({ id, on, reason }, ctx) =>
    act(ctx, id, 'case.forward', (c) => ({ ...c, forwardedToCourtOn: on }), reason),
  'cases.close': ({ id, on, closedReason, reason }, ctx) =>
    act(ctx, id, 'case.close', (c) => ({ ...c, closedOn: on, closedReason }), reason),
  'cases.reopen': ({ id, reason }, ctx) =>
    act(ctx, id, 'case.reopen', (c) => ({ ...c, closedOn: null, closedReason: null }), reason),
  'cases.addVictim': ({ id, victim }, ctx) =>
    act(ctx, id, 'case.victim.add', (c) => ({
      ...c,
      victims: [
        ...c.victims,
        {
          sex: victim.sex,
          birthDate: victim.birthDate ?? null,
          birthYear: victim.birthYear ?? null,
          employment: victim.employment ?? null,
        },
      ],
    })),
  'cases.updateVictim': ({ id, index, victim, reason }, ctx) =>
    act(
      ctx,
      id,
      'case.victim.update',
      (c) => {
        at(c.victims, index, 'index');
        c.victims[index] = {
          sex: victim.sex,
          birthDate: victim.birthDate ?? null,
          birthYear: victim.birthYear ?? null,
          employment: victim.employment ?? null,
        };
        return c;
      },
      reason,
    ),
  'cases.removeVictim': ({ id, index, reason }, ctx) =>
    act(
      ctx,
      id,
      'case.victim.remove',
      (c) => {
        at(c.victims, index, 'index');
        return { ...c, victims: c.victims.filter((_, i) => i !== index) };
      },
      reason,
    ),
  'cases.addDefendant': ({ id, defendant }, ctx) =>
    act(ctx, id, 'case.defendant.add', (c) => ({
      ...c,
      defendants: [
        ...c.defendants,
        {
          personId: defendant.personId ?? null,
          fullName: defendant.fullName ?? null,
          sex: defendant.sex,
          birthDate: defendant.birthDate ?? null,
          employment: defendant.employment ?? null,
          priorConvictions: defendant.priorConvictions ?? null,
          ...blankVerdict,
        },
      ],
    })),
  'cases.updateDefendant': ({ id, index, defendant, reason }, ctx) =>
    act(
      ctx,
      id,
      'case.defendant.update',
      (c) => {
        const current = at(c.defendants, index, 'index');
        c.defendants[index] = {
          ...current,
          personId: defendant.personId ?? null,
          fullName: defendant.fullName ?? null,
          sex: defendant.sex,
          birthDate: defendant.birthDate ?? null,
          employment: defendant.employment ?? null,
          priorConvictions: defendant.priorConvictions ?? null,
        };
        return c;
      },
      reason,
    ),
  'cases.removeDefendant': ({ id, index, reason }, ctx) =>
    act(
      ctx,
      id,
      'case.defendant.remove',
      (c) => {
        at(c.defendants, index, 'index');
        return { ...c, defendants: c.defendants.filter((_, i) => i !== index) };
      },
      reason,
    ),
  'cases.recordVerdict': ({ id, index, verdict, on, reason }, ctx) =>
    act(
      ctx,
      id,
      'case.verdict',
      (c) => {
        const d = at(c.defendants, index, 'index');
        c.defendants[index] =
          verdict === 'convicted'
            ? { ...d, convictedOn: on, acquittedOn: null }
            : { ...d, acquittedOn: on, convictedOn: null, sentence: null };
        return c;
      },
      reason,
    ),
  'cases.recordSentence': ({ id, index, sentence, reason }, ctx) =>
    act(
      ctx,
      id,
      'case.sentence',
      (c) => {
        const d = at(c.defendants, index, 'index');
        c.defendants[index] = {
          ...d,
          sentence: {
            type: sentence.type,
            years: sentence.years ?? null,
            months: sentence.months ?? null,
            fineKzt: sentence.fineKzt ?? null,
            on: sentence.on,
          },
        };
        return c;
      },
      reason,
    ),
} satisfies Partial<Handlers>;
