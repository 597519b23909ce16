import { z } from 'zod';
import type { ImportPreview } from './import';

/*
 * A case list from a spreadsheet (.xlsx, or .csv): each row a case, its columns mapped to the fields
 * of the case file. The rows become a nadzor.cases/v1 file, which then goes through the JSON import
 * as it is (the same validation, the same all-or-nothing write, the same audit entries).
 */

/** The fields a column can fill, in the order the mapping form lists them. */
export const sheetFields = [
  'registryNumber',
  'article',
  'part',
  'district',
  'registeredOn',
  'forwardedToCourtOn',
  'closedOn',
  'closedReason',
  'groupCrime',
  'platforms',
  'tactics',
  'damageKzt',
] as const;
export type SheetField = (typeof sheetFields)[number];

/** Without these a row is no case (spec §2): the form asks for their columns first. */
export const requiredSheetFields: readonly SheetField[] = [
  'registryNumber',
  'article',
  'district',
  'registeredOn',
];

/** Field → column (0-based); a field left out, or null, is not taken from the sheet. */
export const sheetMapping = z
  .object(
    Object.fromEntries(
      sheetFields.map((field) => [field, z.number().int().min(0).max(999).nullable().optional()]),
    ),
  )
  .strict() as unknown as z.ZodType<Partial<Record<SheetField, number | null>>>;
export type SheetMapping = Partial<Record<SheetField, number | null>>;

/** A spreadsheet as the Import screen sends it: 256 MB of file is about 342 MB of base64. */
export const sheetFile = z
  .object({
    fileName: z
      .string()
      .min(1)
      .max(255)
      .regex(/\.(xlsx|csv)$/i, { error: 'errors.sheet.extension' }),
    fileBase64: z.string().max(360_000_000),
  })
  .strict();

export const sheetRead = sheetFile.extend({ mapping: sheetMapping.optional() }).strict();
export const sheetSaveMapping = z
  .object({ headers: z.array(z.string().max(200)).max(1000), mapping: sheetMapping })
  .strict();

/** One problem of the sheet, where a person finds it: the row's number and the column's letter. */
export interface SheetProblem {
  /** 1-based, as the spreadsheet numbers rows (the header is row 1); 0 for the whole sheet. */
  row: number;
  /** The column's letter (A, B, … AA); empty for the whole row or sheet. */
  column: string;
  /** The column's header as the sheet has it. */
  header: string;
  message: string;
}

export interface SheetReading {
  headers: string[];
  mapping: SheetMapping;
  /** Where the mapping came from: the one given, the one remembered for these headers, or guessed. */
  mappingFrom: 'given' | 'remembered' | 'headers';
  /** Data rows (not counting the header or empty rows). */
  rows: number;
  problems: SheetProblem[];
  /** Without problems: what the import would do, and the case file it would import. */
  preview: ImportPreview | null;
  content: string | null;
}

/** A column's letter as spreadsheets name it: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
