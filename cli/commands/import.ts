import { basename } from 'node:path';
import { readFile, stat } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { DomainError } from '../../backend/errors';
import { importCases, type ConflictMode, type ImportSummary } from '../../backend/services/import-cases';
import { decodeCaseFile } from '../../shared/domain/case-file-encoding';
import { sizeProblem } from '../../shared/domain/case-file-limits';
import { parseCaseFileText } from '../../shared/domain/case-file-text';
import { translate } from '../../shared/i18n';
import { CliError } from '../cli-error';
import { cliActor, withDb, withStore, type DbOption } from '../database';

const en = (key: string, params?: Record<string, string | number>) => translate('en', key, params);

/** The case file's JSON value: UTF-8 text, each key once, whole strings; else every problem, one a line. */
export async function readJsonFile(file: string): Promise<unknown> {
  let bytes: Uint8Array;
  try {
    // Its size first: a file too large is refused before any of it is read.
    const tooLarge = sizeProblem((await stat(file)).size);
    if (tooLarge) throw new CliError(`${file}: ${en(tooLarge.key, tooLarge.params)}; nothing was written`);
    bytes = await readFile(file);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  const decoded = decodeCaseFile(bytes);
  if (!decoded.ok)
    throw new CliError(`${file}: ${en(decoded.problem.key, decoded.problem.params)}; nothing was written`);
  const parsed = parseCaseFileText(decoded.text);
  if (parsed.ok) return parsed.value;
  const [first] = parsed.problems;
  if (parsed.problems.length === 1 && first && first.path === '')
    throw new CliError(`${file}: ${en(first.key, first.params)}; nothing was written`);
  const lines = parsed.problems.map(({ path, key, params }) => `${path || file}: ${en(key, params)}`);
  throw new CliError(lines[0]!, 1, lines.slice(1), true);
}

export function describeSummary(file: string, s: ImportSummary): string {
  const parts = [
    `imported ${s.cases} cases from ${file}: ${s.created} new, ${s.updated} updated, ${s.skipped} skipped`,
    `${s.victims} victims, ${s.defendants} defendants`,
  ];
  const p = s.persons;
  if (p.total > 0)
    parts.push(
      `monitoring register: ${p.total} persons (${p.created} new, ${p.updated} updated, ${p.skipped} skipped)`,
    );
  const labels = {
    district: 'districts',
    article: 'articles',
    platform: 'platforms',
    tactic: 'tactics',
  } as const;
  for (const [kind, names] of Object.entries(s.newReferences) as [keyof typeof labels, string[]][]) {
    if (names.length) parts.push(`new ${labels[kind]}: ${names.join(', ')}`);
  }
  return parts.join('; ');
}

export function importCommand(): Command {
  return withDb(new Command('import'))
    .description('import a nadzor.cases/v1 file: all of it, or nothing when any problem is found')
    .argument('<file>', 'the case file (JSON)')
    .addOption(
      new Option(
        '--on-conflict <mode>',
        'what to do with a registry number already in the database (default: refuse)',
      ).choices(['skip', 'update']),
    )
    .action(async (file: string, options: DbOption & { onConflict?: 'skip' | 'update' }) => {
      const data = await readJsonFile(file);
      const mode: ConflictMode = options.onConflict ?? 'refuse';
      const summary = await withStore(options, (store) =>
        importCases(store, cliActor(), data, mode, { fileName: basename(file) }),
      ).catch((error: unknown) => {
        if (!(error instanceof DomainError)) throw error;
        if (error.code === 'conflict') {
          throw new CliError(
            `${en(error.key, error.params)}; nothing was written (use --on-conflict skip|update)`,
          );
        }
        const lines = error.issues.map((i) => `${i.path}: ${en(i.key, i.params)}`);
        throw new CliError(lines[0] ?? en(error.key, error.params), 1, lines.slice(1), true);
      });
      console.log(describeSummary(file, summary));
    });
}
