import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{shared,db,backend,host,cli,electron,renderer,scripts}/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
    globalSetup: ['cli/build-for-tests.ts', 'db/postgres/testing/cluster-setup.ts'],
  },
});
