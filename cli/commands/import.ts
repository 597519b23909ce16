import { basename } from 'node:path';
import { readFile, stat } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { DomainError } from '../../backend/errors';
import { importCases, type ConflictMode, type ImportSummary } from '../../backend/services/import-cases';
import { readCaseSheet } from '../../backend/services/spreadsheet/sheet-import';
import type { Store } from '../../db/ports';
import { decodeCaseFile } from '../../shared/domain/case-file-encoding';
import { sizeProblem } from '../../shared/domain/case-file-limits';
import { parseCaseFileText } from '../../shared/domain/case-file-text';
import { translate } from '../../shared/i18n';
import { CliError } from '../cli-error';
import { cliActor, withDb, withStore, type DbOption } from '../database';

const en = (key: string, params?: Record<string, string | number>) => translate('en', key, params);

/** The case file's JSON value: UTF-8 text, each key once, whole strings; else every problem, one a line. */
/** A file's bytes, its size checked first: a file too large is refused before any of it is read. */
async function readInputFile(file: string): Promise<Buffer> {
  try {
    const tooLarge = sizeProblem((await stat(file)).size);
    if (tooLarge) throw new CliError(`${file}: ${en(tooLarge.key, tooLarge.params)}; nothing was written`);
    return await readFile(file);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}

export async function readJsonFile(file: string): Promise<unknown> {
  const bytes = await readInputFile(file);
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

/** `case`, `cases`: the noun in the form English gives a count of `n` (these nouns take -s). */
const nounFor = (n: number, noun: string) => (n === 1 ? noun : `${noun}s`);
const counted = (n: number, noun: string) => `${n} ${nounFor(n, noun)}`;

export function describeSummary(file: string, s: ImportSummary): string {
  const parts = [
    `imported ${counted(s.cases, 'case')} from ${file}: ${s.created} new, ${s.updated} updated, ${s.skipped} skipped`,
    `${counted(s.victims, 'victim')}, ${counted(s.defendants, 'defendant')}`,
  ];
  const p = s.persons;
  if (p.total > 0)
    parts.push(
      `monitoring register: ${counted(p.total, 'person')} (${p.created} new, ${p.updated} updated, ${p.skipped} skipped)`,
    );
  // Its kinds are the English nouns: district, article, platform, tactic.
  for (const [kind, names] of Object.entries(s.newReferences) as [string, string[]][])
    if (names.length) parts.push(`new ${nounFor(names.length, kind)}: ${names.join(', ')}`);
  return parts.join('; ');
}

export function importCommand(): Command {
  return withDb(new Command('import'))
    .description('import a nadzor.cases/v1 file: all of it, or nothing when any problem is found')
    .argument('<file>', 'the case file (JSON), or a case list as a spreadsheet (.xlsx, .csv)')
    .option(
      '--mapping <file.json>',
      'for a spreadsheet: which column fills which field, as {"registeredOn": "<header or letter>", …} (default: the remembered mapping, or one guessed from the headers)',
    )
    .addOption(
      new Option(
        '--on-conflict <mode>',
        'what to do with a registry number already in the database (default: refuse)',
      ).choices(['skip', 'update']),
    )
    .action(
      async (file: string, options: DbOption & { onConflict?: 'skip' | 'update'; mapping?: string }) => {
        const sheet = isSheet(file);
        if (options.mapping && !sheet)
          throw new CliError('--mapping is for a spreadsheet (.xlsx or .csv)', 2);
        const names = options.mapping ? await readMapping(options.mapping) : undefined;
        const json = sheet ? null : await readJsonFile(file);
        const mode: ConflictMode = options.onConflict ?? 'refuse';
        const summary = await withStore(options, async (store) => {
          const data = sheet ? await sheetData(store, file, names) : json;
          return importCases(store, cliActor(), data, mode, { fileName: basename(file) });
        }).catch((error: unknown) => {
          if (!(error instanceof DomainError)) throw error;
          if (error.code === 'conflict') {
            // Every number, where a screen's line names the first few: the contract says to name them.
            const numbers = error.issues.map((i) => String(i.params?.registryNumber ?? i.params?.personId));
            const named = numbers.length ? { ...error.params, numbers: numbers.join(', ') } : error.params;
            throw new CliError(
              `${en(error.key, named)}; nothing was written (use --on-conflict skip|update)`,
            );
          }
          const lines = error.issues.map((i) => `${i.path || file}: ${en(i.key, i.params)}`);
          throw new CliError(lines[0] ?? en(error.key, error.params), 1, lines.slice(1), true);
        });
        console.log(describeSummary(file, summary));
      },
    );
}

const isSheet = (file: string) => /\.(xlsx|csv)$/i.test(file);

async function readMapping(file: string): Promise<Record<string, string>> {
  const value = await readJsonFile(file);
  if (
    typeof value !== 'object' ||
    value === null ||
    Array.isArray(value) ||
    Object.values(value).some((v) => typeof v !== 'string')
  )
    throw new CliError(
      `${file}: expected an object of field → column header or letter, such as {"registeredOn": "C"}`,
    );
  return value as Record<string, string>;
}

/**
 * A spreadsheet's rows as the case file they make, as the Import screen reads them: every problem is
 * printed with its row and column, and nothing is written.
 */
async function sheetData(
  store: Store,
  file: string,
  names: Record<string, string> | undefined,
): Promise<unknown> {
  const bytes = await readInputFile(file);
  const reading = await readCaseSheet(
    store,
    { bytes, fileName: file, ...(names ? { mappingByName: names } : {}) },
    'en',
  );
  if (reading.content !== null) return JSON.parse(reading.content) as unknown;
  const lines = reading.problems.map((p) =>
    p.row === 0
      ? p.message
      : `row ${p.row}${p.column ? `, column ${p.column}${p.header ? ` (${p.header})` : ''}` : ''}: ${p.message}`,
  );
  throw new CliError(
    lines[0] ?? `${file}: nothing to import`,
    1,
    [...lines.slice(1), 'nothing was written'],
    true,
  );
}
