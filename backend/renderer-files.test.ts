import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mimeType, resolveRendererFile } from './renderer-files';

let dir: string;
let root: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nadzor-renderer-'));
  root = join(dir, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html>');
  writeFileSync(join(root, 'assets', 'app.js'), '');
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer folder');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('resolveRendererFile', () => {
  it('serves files inside the renderer folder', async () => {
    expect(await resolveRendererFile(root, '/assets/app.js')).toBe(join(root, 'assets', 'app.js'));
    expect(await resolveRendererFile(root, '/index.html')).toBe(join(root, 'index.html'));
  });

  it('falls back to index.html for client-side routes', async () => {
    expect(await resolveRendererFile(root, '/')).toBe(join(root, 'index.html'));
    expect(await resolveRendererFile(root, '/cases/12')).toBe(join(root, 'index.html'));
    expect(await resolveRendererFile(root, '/assets')).toBe(join(root, 'index.html'));
  });

  it('answers 404 for a missing asset instead of HTML', async () => {
    expect(await resolveRendererFile(root, '/assets/missing.js')).toBeNull();
  });

  it('never leaves the renderer folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/%00.js',
      '/%E0%A4%A',
    ]) {
      expect(await resolveRendererFile(root, path), path).toBeNull();
    }
  });
});

describe('mimeType', () => {
  it('names what Vite emits and treats the rest as bytes', () => {
    expect(mimeType('a/index.html')).toBe('text/html; charset=utf-8');
    expect(mimeType('a/app.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeType('a/font.woff2')).toBe('font/woff2');
    expect(mimeType('a/blob.bin')).toBe('application/octet-stream');
  });
});
