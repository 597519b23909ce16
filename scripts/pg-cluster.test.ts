import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { postgresSkipped } from './pg-cluster.mjs';

describe('the PostgreSQL part of npm test', () => {
  const installed = mkdtempSync(join(tmpdir(), 'nadzor-pg-bin-'));
  writeFileSync(join(installed, 'initdb'), '');
  const missing = join(installed, 'not-there');
  afterAll(() => rmSync(installed, { recursive: true, force: true }));

  it('runs on the server NADZOR_TEST_PG names, installed PostgreSQL or not', () => {
    expect(postgresSkipped({ NADZOR_TEST_PG: 'postgresql://127.0.0.1:5432/postgres' }, missing)).toBeNull();
  });

  it('runs on a throwaway cluster when PostgreSQL is installed and no server is named', () => {
    expect(postgresSkipped({}, installed)).toBeNull();
  });

  it('is skipped, saying why, with no server named and none installed', () => {
    expect(postgresSkipped({}, missing)).toBe(
      `PostgreSQL part skipped: NADZOR_TEST_PG names no server and PostgreSQL is not installed (${missing} is missing)`,
    );
  });
});
