import type { Store } from '../../../db/ports';
import { CASE_FILE_FORMAT } from '../../../shared/domain/case-file';
import { sizeProblem } from '../../../shared/domain/case-file-limits';
import type { Language } from '../../../shared/domain/fields';
import {
  columnLetter,
  requiredSheetFields,
  sheetFields,
  type SheetField,
  type SheetMapping,
  type SheetProblem,
  type SheetReading,
} from '../../../shared/domain/sheet-import';
import { translate } from '../../../shared/i18n';
import { DomainError } from '../../errors';
import { previewImport } from '../import-cases';
import { readSheet } from './read-sheet';
import {
  guessMapping,
  locate,
  mappingKey,
  sheetCases,
  sheetVocabulary,
  type CellProblem,
} from './sheet-cases';

export interface SheetInput {
  bytes: Buffer;
  fileName: string;
  /** The mapping the person chose; without it, the one remembered for these headers, or a guess. */
  mapping?: SheetMapping;
  /** Or a mapping by the columns' headers or letters (`{ "registeredOn": "Дата регистрации" }`). */
  mappingByName?: Record<string, string>;
}

/** A mapping written by headers or column letters, as a person writes one for the command line. */
export function mappingByName(headers: string[], names: Record<string, string>): SheetMapping {
  const mapping: SheetMapping = {};
  for (const [field, name] of Object.entries(names)) {
    if (!(sheetFields as readonly string[]).includes(field))
      throw DomainError.field('invalid_input', {
        path: `mapping.${field}`,
        key: 'errors.sheet.unknownField',
        params: { field, known: sheetFields.join(', ') },
      });
    const byHeader = headers.findIndex((header) => header.trim().toLowerCase() === name.trim().toLowerCase());
    const byLetter = headers.findIndex((_, i) => columnLetter(i) === name.trim().toUpperCase());
    const column = byHeader >= 0 ? byHeader : byLetter;
    if (column < 0)
      throw DomainError.field('invalid_input', {
        path: `mapping.${field}`,
        key: 'errors.sheet.noSuchColumn',
        params: { column: name },
      });
    mapping[field as SheetField] = column;
  }
  return mapping;
}

async function chosenMapping(store: Store, headers: string[], input: SheetInput) {
  const given = input.mappingByName ? mappingByName(headers, input.mappingByName) : input.mapping;
  if (given) return { mapping: given, mappingFrom: 'given' as const };
  const remembered = await store.read((r) => r.settings.get(mappingKey(headers)));
  if (remembered)
    return { mapping: JSON.parse(remembered) as SheetMapping, mappingFrom: 'remembered' as const };
  return { mapping: guessMapping(headers), mappingFrom: 'headers' as const };
}

/**
 * A spreadsheet read as a case list: its headers, the mapping, and either every problem by row and
 * column or what the import of the resulting case file would do (and the file itself). Nothing is
 * written: the import is the JSON import of `content`.
 */
export async function readCaseSheet(
  store: Store,
  input: SheetInput,
  language: Language,
): Promise<SheetReading> {
  const tooLarge = sizeProblem(input.bytes.length);
  if (tooLarge) throw DomainError.field('invalid_input', { ...tooLarge, path: 'fileBase64' });
  const sheet = await readSheet(input.bytes, input.fileName);
  const { mapping, mappingFrom } = await chosenMapping(store, sheet.headers, input);
  const word = (problem: CellProblem): SheetProblem => ({
    row: problem.row,
    column: problem.column === null ? '' : columnLetter(problem.column),
    header: problem.column === null ? '' : (sheet.headers[problem.column] ?? ''),
    message: translate(language, problem.key, problem.params),
  });
  const base = { headers: sheet.headers, mapping, mappingFrom, rows: sheet.rows.length };

  const unmapped = requiredSheetFields.filter(
    (field) => mapping[field] === null || mapping[field] === undefined,
  );
  if (unmapped.length > 0) {
    const problems = unmapped.map((field) =>
      word({
        row: 1,
        column: null,
        key: 'errors.sheet.unmapped',
        params: { field: translate(language, `spreadsheet.column.${field}`) },
      }),
    );
    return { ...base, problems, preview: null, content: null };
  }
  const vocabulary = await store.read(sheetVocabulary);
  const converted = sheetCases(sheet, mapping, vocabulary);
  if (converted.problems.length > 0)
    return { ...base, problems: converted.problems.map(word), preview: null, content: null };

  const file = { format: CASE_FILE_FORMAT, cases: converted.cases };
  try {
    const preview = await previewImport(store, file);
    return { ...base, problems: [], preview, content: JSON.stringify(file) };
  } catch (error) {
    if (!(error instanceof DomainError) || error.issues.length === 0) throw error;
    const problems = error.issues.map((issue) =>
      word({
        ...locate(issue.path, converted.rowOf, mapping),
        key: issue.key,
        ...(issue.params ? { params: issue.params } : {}),
      }),
    );
    return { ...base, problems, preview: null, content: null };
  }
}
