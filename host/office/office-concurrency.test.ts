import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caller, openTestBackend, setUpAdmin, signedInAs } from '../../backend/test-api';
import type { Backend } from '../../backend/types';
import { usePgDatabase } from '../../db/postgres/testing/test-database';
import type { VerifyReport } from '../../shared/domain/audit-view';
import { startTestOffice, type TestOffice } from './testing/test-office';

/*
 * The whole unit writing at once through one office server on PostgreSQL: 20 office computers, each
 * its own signed-in supervisor on its own kept-alive TLS connection, send 50 writes each at the same
 * time (new cases, and edits of the same four cases, so edits collide). Every accepted write is in the
 * database and in the trail, the only refusals are stale edits, and the trail is one verified chain.
 */

const CLIENTS = 20;
const WRITES = 50;
const HOT_CASES = 4;

/**
 * The trail before the computers start, counted from what setup writes: the reference data seeded at
 * the first start (5 districts, 3 articles, 7 platforms, 6 tactics, the seeded marker = 22 entries),
 * the administrator (1), each supervisor's account and first password replaced (20 × 2), the hot cases
 * (4). Signing in is bookkeeping and leaves no entry.
 */
const SETUP_ENTRIES = 22 + 1 + CLIENTS * 2 + HOT_CASES;

/** One write as a computer saw it (host/office/testing/office-clients.mjs). */
interface Outcome {
  client: number;
  n: number;
  kind: 'create' | 'edit';
  registryNumber: string | null;
  caseId: number;
  damage: number | null;
  status: number;
  ok: boolean;
  code: string | null;
  version: number | null;
}

describe('20 office computers writing at once through the office server', () => {
  const database = usePgDatabase();
  let backend: Backend;
  let office: TestOffice;
  let admin: string;
  let sessions: string[];
  const hot: number[] = [];

  beforeAll(async () => {
    backend = await openTestBackend({ pg: database(), transport: 'http' });
    admin = await setUpAdmin(backend);
    sessions = await Promise.all(
      Array.from(
        { length: CLIENTS },
        async (_, i) => (await signedInAs(backend, admin, 'supervisor', `clerk${i}`)).session,
      ),
    );
    const clerk = caller(backend, sessions[0]);
    for (let h = 0; h < HOT_CASES; h++) {
      const created = await clerk.ok('cases.create', {
        registryNumber: `HOT-${h}`,
        article: '194',
        district: 'Almaty',
        registeredOn: '2025-03-01',
      });
      hot.push(created.id);
    }
    office = await startTestOffice(backend);
  });
  afterAll(async () => {
    office?.close();
    await backend?.close();
  });

  // A thousand writes over TLS: 7 s on a quiet machine, twice that beside the rest of the suite. The
  // limit only stops a hang (the speed is the benchmark's to measure, bench/office-scale.ts).
  it(
    'keeps every accepted write, refuses only stale edits, and chains one entry per write',
    { timeout: 60_000 },
    async () => {
      expect(await caller(backend, admin).ok('audit.verify', {})).toMatchObject({
        ok: true,
        entries: SETUP_ENTRIES,
      });

      const computers = new Worker(new URL('./testing/office-clients.mjs', import.meta.url), {
        workerData: {
          port: (office.server.address() as AddressInfo).port,
          ca: office.certificate,
          sessions,
          hot,
          writes: WRITES,
        },
      });
      const [outcomes] = (await once(computers, 'message')) as [Outcome[]];

      expect(outcomes).toHaveLength(CLIENTS * WRITES);
      expect(outcomes.filter((o) => o.status !== 200)).toEqual([]);
      const refused = outcomes.filter((o) => !o.ok);
      // The only refusal is an edit made on a version someone else had already moved on from.
      expect(refused.filter((o) => o.kind !== 'edit' || o.code !== 'stale_version')).toEqual([]);
      // Each hot case's first edits were all made on version 1: of its five computers at least four collide.
      expect(refused.length).toBeGreaterThanOrEqual(HOT_CASES * (CLIENTS / HOT_CASES - 1));
      const accepted = outcomes.filter((o) => o.ok);
      const creates = accepted.filter((o) => o.kind === 'create');
      expect(creates).toHaveLength((CLIENTS * WRITES) / 2);

      // Every accepted write is in the database.
      const db = new pg.Client({ connectionString: database() });
      await db.connect();
      try {
        const { rows: stored } = await db.query<{ registry_number: string }>(
          'SELECT registry_number FROM cases ORDER BY registry_number',
        );
        const expected = [...creates.map((o) => o.registryNumber), ...hot.map((_, h) => `HOT-${h}`)];
        expect(stored.map((r) => r.registry_number)).toEqual(expected.sort());

        for (const id of hot) {
          const edits = accepted.filter((o) => o.kind === 'edit' && o.caseId === id);
          // No two edits were accepted on one version: they raised it one by one from 1, none lost.
          expect(edits.map((o) => o.version).sort((a, b) => a! - b!)).toEqual(
            Array.from({ length: edits.length }, (_, i) => i + 2),
          );
          const last = edits.find((o) => o.version === edits.length + 1)!;
          const { rows: now } = await db.query<{ damage_kzt: number; version: number }>(
            'SELECT damage_kzt, version FROM cases WHERE id = $1',
            [id],
          );
          expect(now[0]).toEqual({ damage_kzt: last.damage, version: edits.length + 1 });
          // …and each accepted edit has its own entry in the trail, with the value it wrote.
          const { rows: trail } = await db.query<{ after_json: string }>(
            `SELECT after_json FROM audit_log WHERE entity_type = 'case' AND entity_id = $1 AND action = 'case.edit'`,
            [String(id)],
          );
          const written = trail.map((e) => (JSON.parse(e.after_json) as { damage_kzt: number }).damage_kzt);
          expect(written.sort()).toEqual(edits.map((o) => o.damage).sort());
        }
      } finally {
        await db.end();
      }

      // One chain, one entry per accepted write after the setup's.
      expect(await caller(backend, admin).ok('audit.verify', {})).toEqual<VerifyReport>({
        ok: true,
        entries: SETUP_ENTRIES + accepted.length,
        headHash: expect.any(String) as string,
      });
      // The access log saw nothing fail either.
      expect(office.log.filter((line) => !/ 200 (ok|stale_version) \d+ms$/.test(line))).toEqual([]);
    },
  );
});
