import { Writable } from 'node:stream';
import { Command } from 'commander';
import { exportCases } from '../../backend/services/export-cases';
import { writeCaseListWorkbook } from '../../backend/services/spreadsheet/case-list-workbook';
import type { Language } from '../../shared/domain/fields';
import { sqliteFile, withDb, withStore, type DbOption } from '../database';
import { parseLanguage } from '../language-option';
import { writeOutputFile } from '../output-file';

interface ExportOptions extends DbOption {
  out: string;
  lang: Language;
}

/** The format follows the file's extension: .xlsx is the spreadsheet; anything else the interchange file. */
const isSpreadsheet = (file: string) => /\.xlsx$/i.test(file);

export function exportCommand(): Command {
  return withDb(new Command('export'))
    .description('write every case to a nadzor.cases/v1 file, or to a spreadsheet when <file> ends in .xlsx')
    .requiredOption('--out <file>', 'the file to write (.json: the interchange file; .xlsx: the case list)')
    .option('--lang <lang>', 'the spreadsheet’s language: ru | kk | en', parseLanguage, 'ru' as Language)
    .action(async (options: ExportOptions) => {
      const spreadsheet = isSpreadsheet(options.out);
      const count = await withStore(
        options,
        (store) =>
          writeOutputFile(options.out, sqliteFile(options), (write) =>
            spreadsheet
              ? writeCaseListWorkbook(store, writableOf(write), options.lang)
              : exportCases(store, write),
          ),
        { existing: true },
      );
      console.log(
        spreadsheet
          ? `exported ${count} cases to the spreadsheet ${options.out}`
          : `exported ${count} cases to ${options.out}`,
      );
    });
}

/** The output file's writer as the stream the spreadsheet writer wants. */
function writableOf(write: (chunk: string | Buffer) => Promise<void>): Writable {
  return new Writable({
    write: (chunk: Buffer, _encoding, done) => {
      write(chunk).then(() => done(), done);
    },
  });
}
