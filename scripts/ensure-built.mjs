// Builds the app once when out/ is missing or older than the sources, so `npm run serve` and the
// e2e tests always run what the sources say.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const built = join(root, 'out/renderer/index.html');
const sources = ['renderer', 'shared', 'electron'];

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const stale =
  !existsSync(built) ||
  Math.max(...sources.filter((s) => existsSync(join(root, s))).map((s) => newest(join(root, s)))) >
    statSync(built).mtimeMs;

if (stale) {
  console.error('Building Nadzor (electron-vite build)…');
  execSync('npx electron-vite build', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
