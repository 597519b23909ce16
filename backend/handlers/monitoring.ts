import { DomainError } from '../errors';
import { today } from '../services/deadlines';
import { personEdits } from '../services/monitoring/edits';
import { personFromDefendant } from '../services/monitoring/from-defendant';
import { writeUnlessStale } from '../services/changed-meanwhile';
import { changePerson, createPerson, newPersonRecord } from '../services/monitoring/register';
import { listPersons, monitoringOverview, personDetail } from '../services/monitoring/views';
import { sheetLabels } from '../services/spreadsheet/reference-labels';
import { registerSheet } from '../services/spreadsheet/register-sheet';
import { tablesWorkbook } from '../services/spreadsheet/table-sheet';
import type { HandlerContext } from '../context';
import type { Handlers } from './handler';

const detail = (id: number, { store, now }: HandlerContext) =>
  store.read((r) => personDetail(r, id, today(now)));

const decisionAction = { confirmed: 'person.confirmLink', rejected: 'person.rejectLink' } as const;

export const monitoringHandlers = {
  'monitoring.overview': ({ asOf }, { store, now }) =>
    store.read((r) => monitoringOverview(r, asOf ?? today(now))),
  'monitoring.list': (query, { store, now }) => store.read((r) => listPersons(r, query, today(now))),
  'monitoring.exportSpreadsheet': async (query, { store, now, language }) => {
    const day = today(now);
    const [persons, label] = await store.read((r) =>
      Promise.all([
        listPersons(r, { ...query, page: 1, pageSize: Number.MAX_SAFE_INTEGER }, day),
        sheetLabels(r, language),
      ]),
    );
    const sheet = registerSheet(persons.items, language, (name) => label('district', name));
    const xlsx = await tablesWorkbook([sheet]);
    return {
      fileName: `nadzor-register-${day}.xlsx`,
      count: persons.total,
      xlsxBase64: xlsx.toString('base64'),
    };
  },
  'monitoring.get': ({ id }, ctx) => detail(id, ctx),
  'monitoring.create': async ({ person }, ctx) => {
    const id = await ctx.store.write(ctx.actor, async (tx) =>
      createPerson(tx, await newPersonRecord(tx, person), 'person.create'),
    );
    return detail(id, ctx);
  },
  'monitoring.fromDefendant': async ({ caseId, index }, ctx) => {
    const id = await ctx.store.write(ctx.actor, async (tx) =>
      createPerson(tx, await personFromDefendant(tx, caseId, index, ctx.language), 'person.fromDefendant'),
    );
    return detail(id, ctx);
  },
  'monitoring.update': async ({ id, version, reason, ...input }, ctx) => {
    await writeUnlessStale(ctx, (tx) =>
      changePerson(tx, id, 'person.update', (p) => personEdits.update(p, input), reason, version),
    );
    return detail(id, ctx);
  },
  'monitoring.addConviction': async ({ id, version, ...input }, ctx) => {
    await writeUnlessStale(ctx, (tx) =>
      changePerson(
        tx,
        id,
        'person.addConviction',
        (p) => personEdits.addConviction(p, input),
        undefined,
        version,
      ),
    );
    return detail(id, ctx);
  },
  'monitoring.removeConviction': async ({ id, version, reason, ...input }, ctx) => {
    await writeUnlessStale(ctx, (tx) =>
      changePerson(
        tx,
        id,
        'person.removeConviction',
        (p) => personEdits.removeConviction(p, input),
        reason,
        version,
      ),
    );
    return detail(id, ctx);
  },
  'monitoring.addPeriod': async ({ id, version, ...input }, ctx) => {
    await writeUnlessStale(ctx, (tx) =>
      changePerson(tx, id, 'person.addPeriod', (p) => personEdits.addPeriod(p, input), undefined, version),
    );
    return detail(id, ctx);
  },
  'monitoring.updatePeriod': async ({ id, version, reason, ...input }, ctx) => {
    await writeUnlessStale(ctx, (tx) =>
      changePerson(tx, id, 'person.updatePeriod', (p) => personEdits.updatePeriod(p, input), reason, version),
    );
    return detail(id, ctx);
  },
  'monitoring.removePeriod': async ({ id, version, reason, ...input }, ctx) => {
    await writeUnlessStale(ctx, (tx) =>
      changePerson(tx, id, 'person.removePeriod', (p) => personEdits.removePeriod(p, input), reason, version),
    );
    return detail(id, ctx);
  },
  'monitoring.recordEvent': async ({ id, version, ...input }, ctx) => {
    await writeUnlessStale(ctx, (tx) =>
      changePerson(
        tx,
        id,
        `person.event.${input.event.type}`,
        (p) => personEdits.recordEvent(p, input),
        undefined,
        version,
      ),
    );
    return detail(id, ctx);
  },
  'monitoring.removeEvent': async ({ id, version, reason, ...input }, ctx) => {
    await writeUnlessStale(ctx, (tx) =>
      changePerson(tx, id, 'person.removeEvent', (p) => personEdits.removeEvent(p, input), reason, version),
    );
    return detail(id, ctx);
  },
  'monitoring.decideLink': async ({ id, version, caseId, decision, reason }, ctx) => {
    await writeUnlessStale(ctx, async (tx) => {
      const record = await tx.cases.record(caseId);
      if (!record) throw new DomainError('not_found', 'errors.case.notFound', { id: caseId });
      const action = decision === null ? 'person.withdrawDecision' : decisionAction[decision];
      return changePerson(
        tx,
        id,
        action,
        (p) => personEdits.decideLink(p, { registryNumber: record.registryNumber, decision }),
        reason,
        version,
      );
    });
    return detail(id, ctx);
  },
} satisfies Partial<Handlers>;
