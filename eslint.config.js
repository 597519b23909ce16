import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Packages only Node or Electron can load. */
const nodeOnly = ['electron', 'electron/*', 'better-sqlite3', 'node:*', 'fs', 'path', 'crypto', 'os', 'http'];

/**
 * An import that leaves the file's folder for the top-level folder `name` ('../../backend',
 * '../db/ports', …). A regular expression rather than a glob, so a bare index import is caught too.
 */
const intoFolder = (name) => `^(\\.\\./)+${name}(/|$)`;

/**
 * Import boundaries: the folder says the process, as the architecture table of README.md says.
 * `folders` are the top-level folders a file may not import; `packages` are package globs it may not.
 */
const forbid = ({ folders = [], packages = [], regex = [] }, message) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        ...(packages.length > 0 ? [{ group: packages, message }] : []),
        ...folders.map((name) => ({ regex: intoFolder(name), message })),
        ...regex.map((pattern) => ({ regex: pattern, message })),
      ],
    },
  ],
});

/** The backend's entry (index and its types) is all that a process wiring it up may import. */
const backendDeepImport = '^(\\.\\./)+backend/(?!types(\\.ts)?$)';

/**
 * The window's process loads no database code (that runs in the backend process): of the backend,
 * only its types and the renderer's file server.
 */
const backendInWindowProcess = '^(\\.\\./)+backend(/(?!(types|renderer-files)(\\.ts)?$)|$)';

const boundaries = [
  {
    files: ['shared/**/*.ts'],
    rules: forbid(
      {
        packages: nodeOnly,
        folders: ['renderer', 'electron', 'backend', 'db', 'host', 'office-client', 'cli', 'e2e', 'bench'],
      },
      'shared/ is pure: no Electron, Node, database or process-specific code.',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: forbid(
      {
        packages: nodeOnly,
        folders: ['electron', 'backend', 'db', 'host', 'office-client', 'cli', 'e2e', 'bench'],
      },
      'The renderer reaches data only through the API client in shared/.',
    ),
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: forbid(
      {
        folders: ['renderer', 'db', 'host', 'office-client', 'cli', 'e2e', 'bench'],
        regex: [backendInWindowProcess],
      },
      'Electron main wires up the window and the backend process; of the backend, its types and renderer-files only.',
    ),
  },
  {
    files: ['electron/backend-process/**/*.ts'],
    rules: forbid(
      {
        packages: ['electron', 'electron/*'],
        folders: ['renderer', 'db', 'host', 'cli', 'e2e', 'bench'],
        regex: [backendDeepImport],
      },
      'The backend process opens the backend through its entry and talks over its port: no Electron module.',
    ),
  },
  {
    // Its tests stand a real backend behind the port, set up with the backend's test helpers.
    files: ['electron/backend-process/**/*.test.ts'],
    rules: forbid(
      { packages: ['electron', 'electron/*'], folders: ['renderer', 'db', 'host', 'cli', 'e2e', 'bench'] },
      'Backend-process tests use the backend and shared/ only.',
    ),
  },
  {
    // Its tests stand a real backend behind the main process's glue, set up with the backend's test helpers.
    files: ['electron/main/**/*.test.ts'],
    rules: forbid(
      { folders: ['renderer', 'db', 'host', 'cli', 'e2e', 'bench'] },
      'Electron main tests use the backend and shared/ only.',
    ),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: forbid(
      {
        packages: nodeOnly.filter((name) => name !== 'electron'),
        folders: ['renderer', 'backend', 'db', 'host', 'office-client', 'cli', 'e2e', 'bench'],
      },
      'The sandboxed preload exposes window.nadzor.call only: Electron and shared/, nothing else.',
    ),
  },
  {
    files: ['backend/**/*.ts'],
    rules: forbid(
      {
        packages: ['electron', 'electron/*'],
        folders: ['renderer', 'electron', 'host', 'office-client', 'cli', 'e2e', 'bench'],
      },
      'backend/ runs in plain Node under any host: it uses db/ and shared/ only.',
    ),
  },
  {
    // The permission test also drives the backend through the HTTP host.
    files: ['backend/**/*.test.ts'],
    rules: forbid(
      {
        packages: ['electron', 'electron/*'],
        folders: ['renderer', 'electron', 'office-client', 'cli', 'e2e', 'bench'],
      },
      'backend/ runs in plain Node under any host: it uses db/ and shared/ only.',
    ),
  },
  {
    files: ['db/**/*.ts'],
    rules: forbid(
      {
        packages: ['electron', 'electron/*'],
        folders: ['renderer', 'electron', 'backend', 'host', 'office-client', 'cli', 'e2e', 'bench'],
      },
      'db/ runs in plain Node and sits below the backend: it uses shared/ only.',
    ),
  },
  {
    files: ['host/**/*.ts'],
    rules: forbid(
      {
        packages: ['electron', 'electron/*'],
        folders: ['renderer', 'electron', 'db', 'cli', 'e2e', 'bench'],
        regex: [backendDeepImport],
      },
      'host/ serves the backend over HTTP through its entry (backend/index.ts, backend/types.ts).',
    ),
  },
  {
    // The host's tests stand a real backend behind it, set up with the backend's test helpers.
    files: ['host/**/*.test.ts'],
    rules: forbid(
      { packages: ['electron', 'electron/*'], folders: ['renderer', 'electron', 'cli', 'e2e', 'bench'] },
      'host/ tests use the backend, db/ and shared/ only.',
    ),
  },
  {
    files: ['office-client/**/*.ts'],
    rules: forbid(
      {
        packages: ['electron', 'electron/*'],
        folders: ['renderer', 'electron', 'db', 'host', 'cli', 'e2e', 'bench'],
        regex: [backendDeepImport],
      },
      'office-client/ is the desktop app’s side of the office link, in plain Node: shared/ and the backend’s entry only.',
    ),
  },
  {
    // Its tests stand a real office server (host/office) on a real database behind the link.
    files: ['office-client/**/*.test.ts'],
    rules: forbid(
      { packages: ['electron', 'electron/*'], folders: ['renderer', 'electron', 'cli', 'e2e', 'bench'] },
      'office-client/ tests use the backend, db/, host/ and shared/ only.',
    ),
  },
  {
    files: ['cli/**/*.ts'],
    rules: forbid(
      {
        packages: ['electron', 'electron/*'],
        folders: ['renderer', 'electron', 'host', 'office-client', 'e2e', 'bench'],
      },
      'cli/ runs in plain Node on the backend and the database file.',
    ),
  },
  {
    // `nadzor serve --office` starts the office server: the one command that reaches into host/, through its start.
    files: ['cli/commands/serve.ts'],
    rules: forbid(
      {
        packages: ['electron', 'electron/*'],
        folders: ['renderer', 'electron', 'e2e', 'bench'],
        regex: ['^(\\.\\./)+host/(?!office/start(\\.ts)?$)'],
      },
      'cli/commands/serve.ts starts the office server through host/office/start.ts only.',
    ),
  },
  {
    files: ['e2e/**/*.ts'],
    rules: forbid(
      { folders: ['renderer', 'backend', 'db', 'host', 'office-client', 'cli', 'bench'] },
      'e2e/ drives the app from outside, through the browser or the Electron window.',
    ),
  },
  {
    // The e2e tests' own host wires the backend up as host/serve.ts does, with the tests' password cost.
    files: ['e2e/fixtures/test-host.ts'],
    rules: forbid(
      {
        folders: ['renderer', 'db', 'cli', 'bench'],
        regex: [
          '^(\\.\\./)+backend/(?!types(\\.ts)?$|auth/test-cost(\\.ts)?$)',
          '^(\\.\\./)+host/(?!http-server(\\.ts)?$|listen(\\.ts)?$)',
          '^(\\.\\./)+office-client/(?!client-backend(\\.ts)?$)',
        ],
      },
      'The e2e test host uses the backend entry, its test password cost, host/http-server, host/listen and office-client/client-backend only.',
    ),
  },
  {
    files: ['bench/**/*.ts'],
    rules: forbid(
      { packages: ['electron', 'electron/*'], folders: ['renderer', 'electron', 'office-client', 'e2e'] },
      'bench/ runs in plain Node.',
    ),
  },
  {
    files: ['reliability/**/*.ts'],
    rules: forbid(
      { packages: ['electron', 'electron/*'], folders: ['renderer', 'electron', 'office-client', 'e2e'] },
      'reliability/ runs the built command line and host in plain Node and checks their files.',
    ),
  },
  {
    // The project's tools build and run the app's processes; they never load one's code themselves.
    files: ['scripts/**/*.ts'],
    rules: forbid(
      {
        packages: ['electron', 'electron/*'],
        folders: ['renderer', 'electron', 'host', 'office-client', 'cli', 'bench'],
      },
      "scripts/ holds the project's tools, run in plain Node.",
    ),
  },
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'build/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.tmp/**',
      '.bench/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...boundaries,
);
