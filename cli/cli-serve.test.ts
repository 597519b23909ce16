import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:tls';
import { afterEach, describe, expect, it } from 'vitest';
import { usePgDatabase } from '../db/postgres/testing/test-database';
import { runCli } from './run-cli';

const root = new URL('..', import.meta.url).pathname;
const rendererDir = mkdtempSync(join(tmpdir(), 'nadzor-serve-renderer-'));
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Nadzor</title>');

interface Started {
  child: ChildProcess;
  port: number;
  fingerprint: string;
  lines: string[];
}

/** Servers a failed test left running: stopped after it. */
const running = new Set<ChildProcess>();
afterEach(() => {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
});

/** `nadzor serve --office …` as a person starts it; resolves once it has printed its fingerprint. */
function serve(args: string[]): Promise<Started> {
  const child = spawn(process.execPath, ['scripts/nadzor.mjs', 'serve', '--office', ...args], {
    cwd: root,
    env: { ...process.env, NADZOR_RENDERER_DIR: rendererDir },
  });
  running.add(child);
  child.on('exit', () => running.delete(child));
  const lines: string[] = [];
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = (code: number | null) => reject(new Error(`serve exited with ${code}: ${stderr}`));
    child.on('exit', exited);
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const complete = pending.split('\n');
      pending = complete.pop() ?? '';
      lines.push(...complete);
      const fingerprint = lines.find((l) => l.startsWith('SHA-256 fingerprint: '));
      const address = lines.find((l) => l.startsWith('Nadzor office server at '));
      if (fingerprint && address) {
        child.off('exit', exited);
        resolve({
          child,
          port: Number(/:(\d+)\/$/.exec(address)?.[1]),
          fingerprint: fingerprint.slice('SHA-256 fingerprint: '.length),
          lines: [...lines],
        });
      }
    });
  });
}

function stop({ child }: Started): Promise<number | null> {
  return new Promise((resolve) => {
    child.on('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

/** The SHA-256 fingerprint of the certificate a TLS client is shown on `port`. */
function seenFingerprint(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, rejectUnauthorized: false }, () => {
      resolve(socket.getPeerCertificate().fingerprint256);
      socket.end();
    });
    socket.on('error', reject);
  });
}

describe('nadzor serve --office', () => {
  const database = usePgDatabase();

  it('makes a self-signed certificate at first start, prints the fingerprint clients see, and keeps it', async () => {
    const stateDir = join(mkdtempSync(join(tmpdir(), 'nadzor-serve-')), 'state');
    // A password in the connection: it must never be printed.
    const url = new URL(database());
    url.password = 's3cret-pw';
    const args = ['--pg', url.toString(), '--listen', '127.0.0.1:0', '--state-dir', stateDir];

    const first = await serve(args);
    expect(first.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(await seenFingerprint(first.port)).toBe(first.fingerprint);
    expect(first.lines).toContain(`certificate: self-signed, made now, ${join(stateDir, 'office-cert.pem')}`);
    expect(first.lines.join('\n')).not.toContain('s3cret-pw');
    expect(first.lines).toContain(`database: postgresql://postgres@${url.host}${url.pathname}`);
    // The key is readable by its owner only.
    expect(statSync(join(stateDir, 'office-key.pem')).mode & 0o077).toBe(0);
    expect(await stop(first)).toBe(0);

    const second = await serve(args);
    expect(second.fingerprint).toBe(first.fingerprint);
    expect(second.lines).toContain(`certificate: self-signed, ${join(stateDir, 'office-cert.pem')}`);
    expect(await seenFingerprint(second.port)).toBe(first.fingerprint);
    expect(await stop(second)).toBe(0);
  });

  it('serves PostgreSQL only, and says where a SQLite file is served', () => {
    expect(runCli(['serve', '--office', '--db', 'nadzor.sqlite'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'nadzor: the office server works on PostgreSQL only: pass --pg <connection> (a SQLite file serves one computer: npm run serve -- --db <file>)\n',
    });
    expect(runCli(['serve', '--pg', database()])).toMatchObject({ code: 2 });
    expect(runCli(['serve', '--office'], { NADZOR_PG: '' })).toMatchObject({ code: 2 });
  });
});
