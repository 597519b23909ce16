import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{shared,db,backend,host,office-client,cli,electron,renderer,scripts}/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // A test file runs in a worker process that ran others before it, instead of a fresh process each:
    // starting one and importing the backend again for each of 120 files was about 40 % of the unit
    // tests' CPU. A file that changes a global puts it back (vi.unstubAllGlobals in an afterAll).
    isolate: false,
    testTimeout: 20_000,
    globalSetup: ['cli/build-for-tests.ts', 'db/postgres/testing/cluster-setup.ts'],
  },
});
