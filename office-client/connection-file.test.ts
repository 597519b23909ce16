import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectionFileIn, readConnection, writeConnection } from './connection-file';

const FINGERPRINT = Array.from({ length: 32 }, (_, i) =>
  (i * 7).toString(16).padStart(2, '0').toUpperCase(),
).join(':');

const fileIn = () => connectionFileIn(mkdtempSync(join(tmpdir(), 'nadzor-connection-')));

describe('the stored connection choice', () => {
  it('is none before the first start has chosen', () => {
    expect(readConnection(fileIn())).toEqual({ state: 'none' });
  });

  it('keeps the office server with its address as host:port and the confirmed fingerprint', () => {
    const file = fileIn();
    writeConnection(file, { mode: 'office', address: 'nadzor-server:4318', fingerprint: FINGERPRINT });
    expect(readConnection(file)).toEqual({
      state: 'chosen',
      choice: { mode: 'office', address: 'nadzor-server:4318', fingerprint: FINGERPRINT },
    });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      mode: 'office',
      address: 'nadzor-server:4318',
      fingerprint: FINGERPRINT,
    });
  });

  it('keeps this computer only', () => {
    const file = fileIn();
    writeConnection(file, { mode: 'local' });
    expect(readConnection(file)).toEqual({ state: 'chosen', choice: { mode: 'local' } });
  });

  it('reads a file that is not JSON as unreadable, saying so, rather than failing', () => {
    const file = fileIn();
    writeFileSync(file, '{"mode": "office", "address": ');
    const read = readConnection(file);
    expect(read.state).toBe('unreadable');
    expect(read.state === 'unreadable' && read.reason).toMatch(/^not JSON \(/);
  });

  it('reads an unknown mode or a malformed fingerprint as unreadable, naming the field', () => {
    const file = fileIn();
    writeFileSync(file, JSON.stringify({ mode: 'cloud' }));
    expect(readConnection(file)).toEqual({ state: 'unreadable', reason: 'not a connection choice (mode)' });
    writeFileSync(file, JSON.stringify({ mode: 'office', address: 'nadzor-server', fingerprint: 'AB:CD' }));
    expect(readConnection(file)).toEqual({
      state: 'unreadable',
      reason: 'not a connection choice (fingerprint)',
    });
  });
});
