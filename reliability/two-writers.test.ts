import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticCases } from '../bench/synthetic';
import { runCli } from '../cli/run-cli';
import { createDatabase } from '../cli/test-database';
import { CASE_FILE_FORMAT } from '../shared/domain/case-file';
import { inspectAfterCrash } from './check-database';
import { builtPrograms, callApi, collect, ended, startCli, startHost } from './processes';

/*
 * Two programs writing one file at once, as real processes: two command-line imports, and the app's
 * host taking writes while an import runs. Each waits its turn (db/sqlite/write-lock.ts, whose own
 * test holds the lock from a bare connection); nobody sees SQLITE_BUSY, and the chain stays whole.
 */

const work = mkdtempSync(join(tmpdir(), 'nadzor-two-writers-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function caseFile(name: string, from: number, count: number): string {
  const file = join(work, name);
  writeFileSync(file, JSON.stringify({ format: CASE_FILE_FORMAT, cases: syntheticCases(from, count) }));
  return file;
}

describe('two writers at once', () => {
  it('two command-line imports both complete, one after the other', async () => {
    const db = join(work, 'two-imports.sqlite');
    await createDatabase(db);
    const { audit: before } = await inspectAfterCrash(db);
    const { cli } = builtPrograms();
    const imports = [caseFile('a.json', 1, 150), caseFile('b.json', 10_000, 120)].map((file) => {
      const child = startCli(cli, ['import', file, '--db', db]);
      return { output: collect(child), done: ended(child) };
    });
    for (const { output, done } of imports) {
      expect(await done).toEqual({ code: 0, signal: null });
      expect(output.text()).toMatch(/^imported 1[52]0 cases from /);
    }

    const after = await inspectAfterCrash(db);
    expect(after.damage).toBeNull();
    expect(after.registryNumbers.size).toBe(270);
    // Each import: one entry per case and one for the import itself.
    expect(after.audit).toEqual({ ok: true, entries: before.entries + 151 + 121 });
  });

  it('the app’s writes and a command-line import both go through, none refused', async () => {
    const db = join(work, 'app-and-cli.sqlite');
    await createDatabase(db);
    const { cli, host: program } = builtPrograms();
    const host = await startHost(program, db);
    try {
      const admin = { fullName: 'Olga Admin', login: 'olga', password: 'reliability-password-1' };
      const session = ((await callApi(host, 'auth.setupAdmin', admin)).value as { session: string }).session;
      const child = startCli(cli, ['import', caseFile('c.json', 1, 300), '--db', db]);
      const output = collect(child);
      const importDone = ended(child);
      let finished = false;
      void importDone.then(() => (finished = true));
      const answers: unknown[] = [];
      for (let n = 1; !finished; n += 1) {
        const input = {
          registryNumber: `2451000310${String(n).padStart(5, '0')}`,
          article: '194',
          district: 'Almaty',
          registeredOn: '2024-01-11',
        };
        const answer = await callApi(host, 'cases.create', input, session);
        answers.push(answer.ok ? 'ok' : answer.error);
      }
      expect(await importDone).toEqual({ code: 0, signal: null });
      expect(output.text()).toMatch(/^imported 300 cases from /);
      expect(answers.length).toBeGreaterThan(0);
      expect(answers.filter((a) => a !== 'ok')).toEqual([]);

      const after = await inspectAfterCrash(db);
      expect(after.damage).toBeNull();
      expect(after.registryNumbers.size).toBe(300 + answers.length);
      expect(after.audit.ok).toBe(true);
    } finally {
      host.child.kill('SIGTERM');
      await ended(host.child);
    }
    expect(runCli(['audit', 'verify', '--db', db])).toMatchObject({ code: 0, stderr: '' });
  });
});
