import { describe, expect, it } from 'vitest';
import { openTestApi } from '../test-api';

/**
 * Five cases: in 2024 one still registered, one forwarded, one closed (and one forwarded case of
 * 2024-12-31, the year's last day); in 2023 one registered and one forwarded on 2024-01-10 (a case
 * counts in the year it was registered, at the stage it is at now).
 */
async function openWithCases(today: string) {
  const api = await openTestApi(today);
  const create = (registryNumber: string, registeredOn: string) =>
    api.ok('cases.create', { registryNumber, article: '194', district: 'Nura', registeredOn });
  await create('A-2024', '2024-03-01');
  const b = await create('B-2024', '2024-01-01');
  const c = await create('C-2024', '2024-05-20');
  const d = await create('D-2024', '2024-12-31');
  await create('E-2023', '2023-12-31');
  const f = await create('F-2023', '2023-06-15');
  await api.ok('cases.forward', { id: b.id, on: '2024-02-01' });
  await api.ok('cases.forward', { id: d.id, on: '2024-12-31' });
  await api.ok('cases.forward', { id: f.id, on: '2024-01-10' });
  await api.ok('cases.close', { id: c.id, on: '2024-06-01', closedReason: 'discontinued' });
  return api;
}

const zero = { registered: 0, forwarded: 0, verdict: 0, sentenced: 0, closed: 0 };

describe('the dashboard stage figures and the year it opens on', () => {
  it('counts one registration year by current stage in one call', async () => {
    const { backend, ok } = await openWithCases('2024-12-31T10:00:00Z');
    expect(await ok('cases.stageCounts', { year: 2024 })).toEqual({
      year: 2024,
      counts: { ...zero, registered: 1, forwarded: 2, closed: 1 },
      total: 4,
    });
    expect(await ok('cases.stageCounts', { year: 2023 })).toEqual({
      year: 2023,
      counts: { ...zero, registered: 1, forwarded: 1 },
      total: 2,
    });
    expect(await ok('cases.stageCounts', { year: 2022 })).toEqual({ year: 2022, counts: zero, total: 0 });
    await backend.close();
  });

  it('opens on this year when it has cases', async () => {
    const { backend, ok } = await openWithCases('2024-12-31T10:00:00Z');
    expect(await ok('dashboard.summary', {})).toMatchObject({ year: 2024, stagesYear: 2024 });
    await backend.close();
  });

  it('opens on the latest year with cases when this year has none yet, and on this year when none has', async () => {
    const { backend, ok } = await openWithCases('2026-02-03T10:00:00Z');
    expect(await ok('dashboard.summary', {})).toMatchObject({
      year: 2026,
      stagesYear: 2024,
      totalCases: 6,
    });
    await backend.close();
    const empty = await openTestApi('2026-02-03T10:00:00Z');
    expect(await empty.ok('dashboard.summary', {})).toMatchObject({
      year: 2026,
      stagesYear: 2026,
    });
    await empty.backend.close();
  });
});
