import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      '{shared,db,backend,host,office-client,cli,electron,renderer,scripts,reliability}/**/*.test.ts',
    ],
    environment: 'node',
    pool: 'forks',
    // A test file runs in a worker process that ran others before it, instead of a fresh process each:
    // starting one and importing the backend again for each of 120 files was about 40 % of the unit
    // tests' CPU. A file that changes a global puts it back (vi.unstubAllGlobals in an afterAll).
    isolate: false,
    // One worker per core, not Vitest's default of one fewer: a worker spends much of its time waiting
    // on a child process (the CLI tests run the built command line) or on PostgreSQL, so on two cores
    // the default ran the files one at a time with a core to spare.
    maxWorkers: '100%',
    testTimeout: 20_000,
    globalSetup: ['cli/build-for-tests.ts', 'db/postgres/testing/cluster-setup.ts'],
  },
});
