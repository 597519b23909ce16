import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeOnly = ['electron', 'electron/*', 'better-sqlite3', 'node:*', 'fs', 'path', 'crypto', 'os', 'http'];

/** Import boundaries: the folder says the process (see STYLE.md). */
const forbid = (groups, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }],
});

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
    files: ['shared/**/*.ts'],
    rules: forbid(
      [
        ...nodeOnly,
        '**/db/**',
        '**/electron/**',
        '**/backend/**',
        '**/renderer/**',
        '**/host/**',
        '**/cli/**',
      ],
      'shared/ is pure: no Electron, Node, database or process-specific code.',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...forbid(
        [...nodeOnly, '**/db/**', '**/electron/**', '**/backend/**', '**/host/**', '**/cli/**'],
        'The renderer reaches data only through the API client in shared/.',
      ),
    },
  },
  {
    files: ['db/**/*.ts', 'backend/**/*.ts'],
    rules: forbid(['electron', 'electron/*', '**/renderer/**'], 'db/ and backend/ run in plain Node too.'),
  },
);
