import { basename } from 'node:path';
import { readFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { DomainError } from '../../backend/errors';
import { importCases, type ConflictMode, type ImportSummary } from '../../backend/services/import-cases';
import { translate } from '../../shared/i18n';
import { CliError } from '../cli-error';
import { cliActor, withDb, withStore, type DbOption } from '../database';

const en = (key: string, params?: Record<string, string | number>) => translate('en', key, params);

export async function readJsonFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    throw new CliError(`${file}: not valid JSON (${(error as Error).message}); nothing was written`);
  }
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
