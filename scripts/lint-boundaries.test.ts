import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The boundary rule of eslint.config.js, fed one import at a time as if it were in a file of each
// folder. Type information is not needed for import rules, so it is switched off to keep this quick.
const root = join(import.meta.dirname, '..');
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root, overrideConfig: [tseslint.configs.disableTypeChecked] });
});

async function boundaryErrors(filePath: string, source: string): Promise<string[]> {
  const code = `import { probe } from '${source}';\nexport const used = probe;\n`;
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

/** [file the import is written in, what it imports] */
const forbidden: [string, string][] = [
  ['office-client/probe.ts', 'electron'],
  ['office-client/probe.ts', '../db/ports'],
  ['office-client/probe.ts', '../host/http-server'],
  ['office-client/probe.ts', '../backend/dispatch'],
  ['renderer/src/probe.ts', '../../office-client/client-backend'],
  ['backend/probe.ts', '../office-client/client-backend'],
  ['shared/domain/probe.ts', 'node:fs'],
  ['shared/domain/probe.ts', 'better-sqlite3'],
  ['shared/domain/probe.ts', 'electron'],
  ['shared/domain/probe.ts', '../../backend'],
  ['shared/domain/probe.ts', '../../db/ports'],
  ['shared/domain/probe.ts', '../../renderer/src/App'],
  ['shared/domain/probe.ts', '../../electron/main/ipc'],
  ['shared/domain/probe.ts', '../../host/http-server'],
  ['shared/domain/probe.ts', '../../cli/main'],
  ['shared/domain/probe.ts', '../../e2e/fixtures/roles'],
  ['shared/domain/probe.ts', '../../bench/run'],
  ['renderer/src/probe.ts', 'node:path'],
  ['renderer/src/probe.ts', 'electron'],
  ['renderer/src/probe.ts', '../../backend'],
  ['renderer/src/probe.ts', '../../backend/types'],
  ['renderer/src/probe.ts', '../../db'],
  ['renderer/src/probe.ts', '../../electron/preload'],
  ['renderer/src/probe.ts', '../../host/http-server'],
  ['renderer/src/probe.ts', '../../cli/main'],
  ['renderer/src/probe.ts', '../../e2e/fixtures/roles'],
  ['renderer/src/probe.ts', '../../bench/run'],
  ['electron/main/probe.ts', '../../backend/services/stats'],
  ['electron/main/probe.ts', '../../db/connection'],
  ['electron/main/probe.ts', '../../db'],
  ['electron/main/probe.ts', '../../renderer/src/App'],
  ['electron/main/probe.ts', '../../host/serve'],
  ['electron/main/probe.ts', '../../cli/main'],
  ['electron/main/probe.ts', '../../e2e/fixtures/roles'],
  ['electron/main/probe.ts', '../../bench/run'],
  ['electron/main/probe.ts', '../../office-client/client-backend'],
  ['electron/main/probe.ts', '../../backend'],
  ['electron/backend-process/probe.ts', 'electron'],
  ['electron/backend-process/probe.ts', '../../backend/services/stats'],
  ['electron/backend-process/probe.ts', '../../db/sqlite/store'],
  ['electron/backend-process/probe.ts', '../../host/serve'],
  ['electron/backend-process/probe.ts', '../../renderer/src/App'],
  ['electron/backend-process/probe.test.ts', '../../db/connection'],
  ['electron/main/probe.test.ts', '../../db/connection'],
  ['electron/main/probe.test.ts', '../../host/http-server'],
  ['electron/main/probe.test.ts', '../../renderer/src/App'],
  ['electron/preload/probe.ts', 'node:fs'],
  ['electron/preload/probe.ts', '../../backend'],
  ['electron/preload/probe.ts', '../../db/ports'],
  ['electron/preload/probe.ts', '../../renderer/src/App'],
  ['backend/probe.ts', 'electron'],
  ['backend/probe.ts', '../electron/main/ipc'],
  ['backend/probe.ts', '../renderer/src/App'],
  ['backend/services/probe.ts', '../../host/http-server'],
  ['backend/services/probe.ts', '../../host'],
  ['backend/probe.ts', '../cli/main'],
  ['backend/probe.ts', '../e2e/fixtures/roles'],
  ['backend/probe.ts', '../bench/run'],
  ['db/probe.ts', 'electron'],
  ['db/sqlite/probe.ts', '../../backend'],
  ['db/sqlite/probe.ts', '../../backend/errors'],
  ['db/probe.ts', '../electron/main/ipc'],
  ['db/probe.ts', '../renderer/src/App'],
  ['db/probe.ts', '../host/http-server'],
  ['db/probe.ts', '../cli/main'],
  ['db/probe.ts', '../e2e/fixtures/roles'],
  ['db/probe.ts', '../bench/run'],
  ['host/probe.ts', 'electron'],
  ['host/probe.ts', '../db/connection'],
  ['host/probe.ts', '../backend/services/stats'],
  ['host/probe.ts', '../renderer/src/App'],
  ['host/probe.ts', '../electron/main/ipc'],
  ['host/probe.ts', '../cli'],
  ['host/probe.ts', '../e2e/fixtures/roles'],
  ['host/probe.ts', '../bench/run'],
  ['cli/commands/probe.ts', 'electron'],
  ['cli/commands/probe.ts', '../../host/serve'],
  ['cli/commands/probe.ts', '../../renderer/src/App'],
  ['cli/commands/probe.ts', '../../electron/main/ipc'],
  ['cli/commands/probe.ts', '../../e2e/fixtures/roles'],
  ['cli/commands/probe.ts', '../../bench/run'],
  ['e2e/probe.spec.ts', '../backend'],
  ['e2e/probe.spec.ts', '../db/test-support'],
  ['e2e/fixtures/probe.ts', '../../host/serve'],
  ['e2e/probe.spec.ts', '../renderer/src/App'],
  ['e2e/probe.spec.ts', '../cli/main'],
  ['e2e/probe.spec.ts', '../bench/run'],
  ['bench/probe.ts', 'electron'],
  ['bench/probe.ts', '../electron/main/ipc'],
  ['bench/probe.ts', '../renderer/src/App'],
  ['bench/probe.ts', '../e2e/fixtures/roles'],
];

/** What the architecture allows, including the look-alikes a loose pattern would catch. */
const allowed: [string, string][] = [
  ['electron/main/probe.test.ts', '../../backend/test-api'],
  ['office-client/probe.ts', '../backend/types'],
  ['office-client/probe.ts', 'node:tls'],
  ['electron/main/probe.ts', '../backend-process/remote-backend'],
  ['electron/backend-process/probe.ts', '../../office-client/client-backend'],
  ['electron/backend-process/probe.ts', '../../backend'],
  ['electron/backend-process/probe.ts', 'node:worker_threads'],
  ['electron/backend-process/probe.test.ts', '../../backend/test-api'],
  ['host/probe.ts', '../office-client/client-backend'],
  ['shared/domain/probe.ts', '../result'],
  ['shared/domain/probe.ts', 'zod'],
  ['renderer/src/probe.ts', '../../shared/api/client'],
  ['renderer/src/probe.ts', 'antd'],
  ['electron/main/probe.ts', '../../backend/renderer-files'],
  ['electron/main/probe.ts', '../../backend/types'],
  ['electron/main/probe.ts', '../../shared/i18n'],
  ['electron/main/probe.ts', 'electron'],
  ['electron/main/probe.ts', 'node:fs'],
  ['electron/preload/probe.ts', 'electron'],
  ['electron/preload/probe.ts', '../../shared/api/bridge'],
  ['backend/probe.ts', '../db/ports'],
  ['backend/probe.ts', '../shared/result'],
  ['backend/probe.ts', 'node:crypto'],
  ['backend/permissions-probe.test.ts', '../host/http-server'],
  ['db/probe.ts', '../shared/domain/case'],
  ['db/probe.ts', 'better-sqlite3'],
  ['host/probe.ts', '../backend'],
  ['host/probe.ts', '../backend/types'],
  ['host/probe.ts', 'node:http'],
  ['cli/commands/probe.ts', '../../backend/services/stats'],
  ['cli/commands/probe.ts', '../../db/migrate'],
  ['cli/commands/probe.ts', '../../shared/i18n'],
  ['e2e/probe.spec.ts', './fixtures/host'],
  ['e2e/fixtures/probe.ts', './host'],
  ['e2e/probe.spec.ts', '../shared/i18n/locales/ru'],
  ['e2e/electron/probe.ts', '../../electron/main/native-binding'],
  ['bench/probe.ts', '../db/sqlite/store'],
  ['bench/probe.ts', '../backend/services/report'],
];

describe('the import boundary rule', () => {
  it.each(forbidden)('refuses in %s: %s', async (file, source) => {
    expect(await boundaryErrors(file, source)).not.toEqual([]);
  });

  it.each(allowed)('allows in %s: %s', async (file, source) => {
    expect(await boundaryErrors(file, source)).toEqual([]);
  });

  it('covers every folder of the architecture table in README.md', async () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## Architecture'));
    const folders = [...table.matchAll(/^\| `([a-z0-9-]+)\/` /gm)].map((m) => m[1]!);
    expect(folders).toEqual([
      'shared',
      'renderer',
      'electron',
      'backend',
      'db',
      'host',
      'office-client',
      'cli',
      'e2e',
      'bench',
      'reliability',
      'scripts',
    ]);
    for (const folder of folders) {
      const config = (await eslint.calculateConfigForFile(join(root, folder, 'main', 'probe.ts'))) as {
        rules?: Record<string, unknown>;
      };
      expect(config.rules?.['no-restricted-imports'], folder).toBeDefined();
    }
  });
});
