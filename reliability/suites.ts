/*
 * The regression tests `npm run test:reliability` runs besides its kills, and what each group counts
 * in docs/reliability.md. A file of a new such test belongs here once, by a name its group matches.
 */

export interface Suite {
  /** The figure's words in the report. */
  figure: string;
  /** Test files of the group, as paths from the project root. */
  files: RegExp;
  /** Which of its passed tests the figure counts (by title); all when absent. */
  counts?: RegExp;
}

export const suites: Suite[] = [
  {
    figure: 'full disk, read-only disk and two-writer tests passed',
    files: /^(reliability\/(full-disk|two-writers)|db\/sqlite\/write-lock|backend\/database-busy)\.test\.ts$/,
  },
  {
    figure: 'bad inputs refused whole (files, imports, API payloads)',
    files:
      /^(shared\/domain\/case-file[\w-]*|cli\/cli-files|backend\/services\/import-[\w-]+|backend\/api-fuzz|[\w/-]*hostile[\w-]*)\.test\.ts$/,
  },
  {
    figure: 'access checks passed (token, Host header, traversal, role × method, sessions, window origins)',
    files:
      /^(host\/http-server|host\/parallel-sign-in|backend\/permissions|backend\/auth\/sessions|electron\/main\/origin)\.test\.ts$/,
  },
  {
    figure: 'tampering cases caught by audit verify',
    files: /^(backend\/audit-[\w-]+|db\/audit\/[\w-]+|cli\/cli-audit-[\w-]+)\.test\.ts$/,
    // The tests that change a file behind Nadzor and see the check fail, not those of an intact trail.
    counts: /catch|fails|exits 1|refused|does not hold|naming/i,
  },
];

/** The fuzz test: every method of the API contract gets `numRuns` hostile payloads (read from its source). */
export const FUZZ_FILE = 'backend/api-fuzz.test.ts';
