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
import type { ImportPreview } from '../../../shared/domain/import';
import { datesWritten, formatsFor } from '../../../shared/format';
import { DomainError, type IssueSpec } from '../../errors';
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
  const { date } = formatsFor(language);
  const word = (problem: CellProblem): SheetProblem => ({
    row: problem.row,
    column: problem.column === null ? '' : columnLetter(problem.column),
    header: problem.column === null ? '' : (sheet.headers[problem.column] ?? ''),
    // Dates in a message are written as the sheet's user writes them (a cell's own text stays as typed).
    message: translate(language, problem.key, datesWritten(problem.params, date, ['value'])),
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
  const file = { format: CASE_FILE_FORMAT, cases: converted.cases };
  const checked = await checkedFile(store, file);
  // The file's own checks run even when some cells could not be read, so the sheet's problems all
  // come in one preview (they came in rounds, a fix and a new choice of the file each); a cell already
  // said to be unreadable is not named again as missing.
  const unreadable = new Set(converted.problems.map((p) => `${p.row}:${p.column}`));
  const fileProblems = checked.issues
    .map((issue) => inSheet(issue, converted.rowOf, mapping))
    .filter((problem) => !unreadable.has(`${problem.row}:${problem.column}`));
  const problems = [...converted.problems, ...fileProblems].sort(
    (a, b) => a.row - b.row || (a.column ?? -1) - (b.column ?? -1),
  );
  if (problems.length > 0 || !checked.preview)
    return { ...base, problems: problems.map(word), preview: null, content: null };
  return { ...base, problems: [], preview: checked.preview, content: JSON.stringify(file) };
}

/** What the import of `file` would do, or the problems that refuse it. */
async function checkedFile(
  store: Store,
  file: { format: string; cases: Record<string, unknown>[] },
): Promise<{ preview: ImportPreview | null; issues: readonly IssueSpec[] }> {
  try {
    return { preview: await previewImport(store, file), issues: [] };
  } catch (error) {
    if (!(error instanceof DomainError) || error.issues.length === 0) throw error;
    return { preview: null, issues: error.issues };
  }
}

/** A problem of the case file at its row and column; a repeated number names the row of its first. */
function inSheet(issue: IssueSpec, rowOf: number[], mapping: SheetMapping): CellProblem {
  const at = locate(issue.path, rowOf, mapping);
  if (issue.key === 'errors.registryNumber.duplicateInFile') {
    const first = rowOf[Number(issue.params?.index)];
    if (first !== undefined) return { ...at, key: 'errors.sheet.sameNumberAsRow', params: { row: first } };
  }
  return { ...at, key: issue.key, ...(issue.params ? { params: issue.params } : {}) };
}
