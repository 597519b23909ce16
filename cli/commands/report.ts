import { Command } from 'commander';
import { DomainError } from '../../backend/errors';
import type { Language } from '../../shared/domain/fields';
import { parseLanguage } from '../language-option';
import { translate } from '../../shared/i18n';
import { CliError } from '../cli-error';
import { cliActor, sqliteFile, withDb, withStore, type DbOption } from '../database';
import { writeOutputFile } from '../output-file';
import {
  reviewDays,
  subjectQuery,
  withPeriod,
  withSubject,
  type PeriodOptions,
  type SubjectOptions,
} from '../stats-options';

interface ReportOptions extends DbOption, PeriodOptions, SubjectOptions {
  lang: Language;
  out: string;
}

/** The format follows the file's extension: .docx is Word, anything else stays PDF. */
const isDocx = (file: string) => /\.docx$/i.test(file);

export function reportCommand(): Command {
  return withSubject(withPeriod(withDb(new Command('report'))))
    .description(
      'write the review of a year or a period: a PDF, or a Word document when the file ends in .docx',
    )
    .option('--lang <lang>', 'ru | kk | en', parseLanguage, 'ru' as Language)
    .requiredOption('--out <file>', 'output file: .docx for Word, anything else a PDF')
    .action(async (options: ReportOptions) => {
      const word = isDocx(options.out);
      const days = reviewDays(options, options.lang);
      const { pages } = await withStore(
        options,
        async (store) => {
          try {
            // Loaded on use: charts and PDF engine are heavy, and every other command would pay for them.
            const { renderReport, renderReportDocx } = await import('../../backend/services/report');
            const request = {
              ...days,
              district: options.district ?? null,
              ...subjectQuery(options),
              language: options.lang,
            };
            return await writeOutputFile(options.out, sqliteFile(options), async (write) => {
              if (word) {
                await write((await renderReportDocx(store, request, cliActor())).docx);
                return { pages: null };
              }
              const rendered = await renderReport(store, request, { actor: cliActor() });
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
      // Word lays out its own pages: a .docx has no page count to tell.
      console.log(pages === null ? `wrote ${options.out}` : `wrote ${options.out} (${pages} pages)`);
    });
}
