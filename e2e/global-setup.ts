import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** The host serves out/renderer: build it first when the sources are newer (a no-op otherwise). */
export default function globalSetup(): void {
  const root = resolve(import.meta.dirname, '..');
  execFileSync(process.execPath, ['scripts/ensure-built.mjs'], { cwd: root, stdio: 'inherit' });
}
