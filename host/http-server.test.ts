import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../backend/types';
import { createHostServer } from './http-server';

const calls: unknown[][] = [];
const backend: Backend = {
  dispatch: (method, payload, meta) => {
    calls.push([method, payload, meta]);
    return Promise.resolve({ ok: true, value: 'pong' });
  },
  watchChanges: () => Promise.resolve({ ok: false, error: { code: 'unauthenticated', message: 'no' } }),
  close: () => Promise.resolve(),
};

async function start() {
  const root = mkdtempSync(join(tmpdir(), 'nadzor-host-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Nadzor</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  // What a screen loaded on demand brings (App.tsx): a script chunk, its styles, and the PDF worker.
  writeFileSync(join(root, 'assets', 'ReportsPage-x1.js'), 'export {}');
  writeFileSync(join(root, 'assets', 'ReportsPage-x1.css'), 'a{}');
  writeFileSync(join(root, 'assets', 'pdf.worker-x1.mjs'), 'export {}');
  writeFileSync(join(root, '..', 'secret.txt'), 'do not serve');
  const server = createHostServer({ backend, rendererDir: root, token: 'abc123' });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  afterEach(() => {
    server.close();
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const call = (base: string, token: string | null, body: unknown = { input: {}, meta: { language: 'en' } }) =>
  fetch(`${base}/api/app.info`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

describe('local host', () => {
  it('passes an authorised call with its payload and language to the backend', async () => {
    const base = await start();
    const response = await call(base, 'abc123', { input: { a: 1 }, meta: { language: 'kk' } });
    expect(await response.json()).toEqual({ ok: true, value: 'pong' });
    expect(calls.at(-1)).toEqual(['app.info', { a: 1 }, { language: 'kk' }]);
  });

  it('refuses API calls without the per-start token', async () => {
    const base = await start();
    const before = calls.length;
    expect((await call(base, null)).status).toBe(401);
    expect((await call(base, 'abc124')).status).toBe(401);
    expect(calls.length).toBe(before);
  });

  it('refuses a body that is not JSON', async () => {
    const base = await start();
    const response = await fetch(`${base}/api/app.info`, {
      method: 'POST',
      headers: { authorization: 'Bearer abc123' },
      body: '{not json',
    });
    expect(response.status).toBe(400);
  });

  it('serves the renderer with a CSP, falls back to index.html, and never leaves its folder', async () => {
    const base = await start();
    const index = await fetch(`${base}/`);
    expect(index.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await index.text()).toContain('<title>Nadzor</title>');
    expect(await (await fetch(`${base}/assets/app.js`)).text()).toBe('console.log(1)');
    expect(await (await fetch(`${base}/cases/12`)).text()).toContain('<title>Nadzor</title>');
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e%2f..%2fsecret.txt', '/%00']) {
      const response = await fetch(`${base}${path}`);
      expect(await response.text(), path).not.toContain('do not serve');
    }
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
  });

  it('serves the chunks of screens loaded on demand with the content type a module script needs', async () => {
    const base = await start();
    const typeOf = async (path: string) =>
      (await fetch(`${base}/assets/${path}`)).headers.get('content-type');
    expect(await typeOf('ReportsPage-x1.js')).toBe('text/javascript; charset=utf-8');
    expect(await typeOf('pdf.worker-x1.mjs')).toBe('text/javascript; charset=utf-8');
    expect(await typeOf('ReportsPage-x1.css')).toBe('text/css; charset=utf-8');
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const base = await start();
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      const req = request(`${base}/`, { headers: { host: 'evil.example:80' } }, (res) =>
        resolve(res.statusCode ?? 0),
      );
      req.end();
    });
    expect(status).toBe(421);
  });

  it('lets the browser keep the hashed assets for good, and asks for the page itself every time', async () => {
    const base = await start();
    const asset = await fetch(`${base}/assets/app.js`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${base}/`)).headers.get('cache-control')).toBe('no-store');
    expect((await fetch(`${base}/cases`)).headers.get('cache-control')).toBe('no-store');
    expect((await call(base, 'abc123')).headers.get('cache-control')).toBe('no-store');
  });
});
