import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { buildTestHost } from './fixtures/test-host-build';

/**
 * The host serves out/renderer: build it first when the sources are newer (a no-op otherwise). Then
 * build the test host and its template databases once for the whole run.
 */
export default function globalSetup(): void {
  const root = resolve(import.meta.dirname, '..');
  execFileSync(process.execPath, ['scripts/ensure-built.mjs'], { cwd: root, stdio: 'inherit' });
  buildTestHost();
}
