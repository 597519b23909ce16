import { describe, expect, it } from 'vitest';
import { openTestApi } from '../../../test-api';
import { lastEntry, trail } from './test-support';

const IIN = '880120300123'; // 1988-01-20, male, valid check digit
const person = {
  iin: IIN,
  fullName: 'Аманов Ерлан Болатович',
  birthDate: '1988-01-20',
  sex: 'M' as const,
  district: 'Almaty',
};

async function withPerson() {
  const api = await openTestApi('2024-12-01T10:00:00Z');
  const { id } = await api.ok('monitoring.create', { person });
  return { ...api, id, last: () => lastEntry(api.path, 'person', id) };
}

const PERIOD = 'Supervision period 1 (Administrative supervision, 2024-10-01)';

describe('a register entry in words', () => {
  it('lists the identity of a person put on the register, the district by name', async () => {
    const { path, id, backend } = await withPerson();
    const [created] = await trail(path, 'person', id);
    expect(created!.lines).toEqual([
      'Register No.: M-000001',
      'Full name: Аманов Ерлан Болатович',
      'IIN: 880120300123',
      'Date of birth: 1988-01-20',
      'Sex: Male',
      'District: Almaty',
    ]);
    await backend.close();
  });

  it('tells a period added, events recorded in it, and its terms corrected with a reason', async () => {
    const { ok, id, last, backend } = await withPerson();
    await ok('monitoring.addPeriod', {
      id,
      period: { type: 'administrative', start: '2024-10-01', end: '2025-03-31', checkInsPerMonth: 1 },
    });
    expect((await last()).lines).toEqual([
      `${PERIOD}, added: Type of supervision: Administrative supervision`,
      `${PERIOD}, added: Start: 2024-10-01`,
      `${PERIOD}, added: End: 2025-03-31`,
      `${PERIOD}, added: Check-ins a month: 1`,
    ]);
    await ok('monitoring.recordEvent', { id, period: 0, event: { on: '2024-10-15', type: 'attended' } });
    expect(await last()).toMatchObject({
      action: 'person.event.attended',
      lines: [
        `${PERIOD} › Event 1 (Attended a check-in, 2024-10-15), added: Date: 2024-10-15`,
        `${PERIOD} › Event 1 (Attended a check-in, 2024-10-15), added: What happened: Attended a check-in`,
      ],
    });
    await ok('monitoring.recordEvent', {
      id,
      period: 0,
      event: { on: '2024-11-30', type: 'missed', description: 'did not come' },
    });
    const missed = `${PERIOD} › Event 2 (Missed a check-in, 2024-11-30)`;
    expect((await last()).lines).toEqual([
      `${missed}, added: Date: 2024-11-30`,
      `${missed}, added: What happened: Missed a check-in`,
      `${missed}, added: Description: did not come`,
    ]);
    // An event of an earlier day, recorded later, takes number 1 by date: its type and day tell it
    // from the check-in that entry 1 named before.
    await ok('monitoring.recordEvent', { id, period: 0, event: { on: '2024-10-05', type: 'warning' } });
    expect((await last()).lines).toEqual([
      `${PERIOD} › Event 1 (Warning issued, 2024-10-05), added: Date: 2024-10-05`,
      `${PERIOD} › Event 1 (Warning issued, 2024-10-05), added: What happened: Warning issued`,
    ]);
    await ok('monitoring.updatePeriod', {
      id,
      index: 0,
      period: { type: 'administrative', start: '2024-10-01', end: '2025-03-31', checkInsPerMonth: 2 },
      reason: 'Court ruling of 01.12.2024',
    });
    expect(await last()).toMatchObject({
      reason: 'Court ruling of 01.12.2024',
      lines: [`${PERIOD}: Check-ins a month: 1 → 2`],
    });
    await backend.close();
  });

  it('tells prior convictions added and removed, and an edit of the identity', async () => {
    const { ok, id, last, backend } = await withPerson();
    await ok('monitoring.addConviction', { id, conviction: { article: '194', courtDate: '2020-01-01' } });
    await ok('monitoring.addConviction', {
      id,
      conviction: { article: '190', part: '2', courtDate: '2021-05-05', sentence: 'Fine' },
    });
    expect((await last()).lines).toEqual([
      'Prior conviction 2 (190, 2021-05-05), added: Article: 190',
      'Prior conviction 2 (190, 2021-05-05), added: Part: 2',
      'Prior conviction 2 (190, 2021-05-05), added: Date of the judgment: 2021-05-05',
      'Prior conviction 2 (190, 2021-05-05), added: Sentence: Fine',
    ]);
    await ok('monitoring.removeConviction', { id, index: 0, reason: 'Entered twice' });
    expect((await last()).lines).toEqual([
      'Prior conviction 1 (194, 2020-01-01), removed: Article: 194',
      'Prior conviction 1 (194, 2020-01-01), removed: Date of the judgment: 2020-01-01',
    ]);
    await ok('monitoring.update', {
      id,
      person: { ...person, personId: 'M-000001', fullName: 'Аманов Ерлан Болатулы', notes: 'Works nights' },
      reason: 'Name as in the passport',
    });
    expect((await last()).lines).toEqual([
      'Full name: Аманов Ерлан Болатович → Аманов Ерлан Болатулы',
      'Notes: — → Works nights',
    ]);
    await backend.close();
  });

  it('names a decided case by its registry number', async () => {
    const { ok, id, last, backend } = await withPerson();
    const { id: caseId } = await ok('cases.create', {
      registryNumber: '245100031000555',
      article: '194',
      district: 'Almaty',
      registeredOn: '2024-11-02',
    });
    await ok('cases.addDefendant', {
      id: caseId,
      defendant: { fullName: person.fullName, iin: IIN, sex: 'M' },
    });
    await ok('monitoring.decideLink', { id, caseId, decision: 'confirmed' });
    expect((await last()).lines).toEqual([
      'Matched case (245100031000555), added: Decision: Re-offence confirmed',
    ]);
    await ok('monitoring.decideLink', { id, caseId, decision: 'rejected', reason: 'A namesake' });
    expect((await last()).lines).toEqual([
      'Matched case (245100031000555): Decision: Re-offence confirmed → Another person (match rejected)',
    ]);
    await ok('monitoring.decideLink', { id, caseId, decision: null });
    expect((await last()).lines).toEqual([
      'Matched case (245100031000555), removed: Decision: Another person (match rejected)',
    ]);
    await backend.close();
  });
});
