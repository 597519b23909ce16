import { Command, InvalidArgumentError } from 'commander';
import { DomainError } from '../../backend/errors';
import type { Language } from '../../shared/domain/fields';
import { parseLanguage } from '../language-option';
import { statsYear } from '../../shared/domain/stats';
import { translate } from '../../shared/i18n';
import { CliError } from '../cli-error';
import { cliActor, sqliteFile, withDb, withStore, type DbOption } from '../database';
import { writeOutputFile } from '../output-file';

interface ReportOptions extends DbOption {
  year: number;
  district?: string;
  lang: Language;
  out: string;
}

// Commander turns an InvalidArgumentError into a usage error (exit 2).
function parseYear(value: string): number {
  const year = /^\d{4}$/.test(value) ? Number(value) : NaN;
  if (!statsYear.safeParse(year).success) throw new InvalidArgumentError('expected a year such as 2024');
  return year;
}

export function reportCommand(): Command {
  return withDb(new Command('report'))
    .description('write the annual review PDF')
    .requiredOption('--year <year>', 'calendar year', parseYear)
    .option('--district <name>', 'one district (its name, or its label in any language)')
    .option('--lang <lang>', 'ru | kk | en', parseLanguage, 'ru' as Language)
    .requiredOption('--out <file>', 'output PDF')
    .action(async (options: ReportOptions) => {
      const { pages } = await withStore(
        options,
        async (store) => {
          try {
            // Loaded on use: charts and PDF engine are heavy, and every other command would pay for them.
            const { renderReport } = await import('../../backend/services/report');
            return await writeOutputFile(options.out, sqliteFile(options), async (write) => {
              const rendered = await renderReport(
                store,
                { year: options.year, district: options.district ?? null, language: options.lang },
                { actor: cliActor() },
              );
              await write(rendered.pdf);
              return rendered;
            });
          } catch (error) {
            // A refusal (an unknown district) is a user error worded like the app's, in English.
            if (error instanceof DomainError) throw new CliError(translate('en', error.key, error.params));
            throw error;
          }
        },
        { existing: true },
      );
      console.log(`wrote ${options.out} (${pages} pages)`);
    });
}
