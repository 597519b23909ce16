import type { CaseRecord } from '../shared/domain/case-record';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** A fresh database path in its own temporary folder, removed after the test. */
export function tempDbPath(name = 'nadzor.sqlite'): string {
  const dir = mkdtempSync(join(tmpdir(), 'nadzor-test-'));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  return join(dir, name);
}

/** A case with nothing recorded beyond its registration, for repository tests. */
export function registeredCase(registryNumber: string, registeredOn: string): CaseRecord {
  return {
    registryNumber,
    article: '194',
    part: null,
    district: 'Almaty',
    registeredOn,
    forwardedToCourtOn: null,
    closedOn: null,
    closedReason: null,
    groupCrime: false,
    platforms: [],
    tactics: [],
    damageKzt: null,
    victims: [],
    defendants: [],
  };
}
