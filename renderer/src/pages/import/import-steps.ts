import type { ImportPreview, ImportSummary } from '../../../../shared/domain/import';
import type { SheetReading } from '../../../../shared/domain/sheet-import';
import type { ApiError } from '../../../../shared/result';

export type ConflictMode = 'refuse' | 'skip' | 'update';

/** Where the import stands: pick a file → it is checked → preview → confirm → progress → summary. */
export type ImportStep =
  | { kind: 'pick' }
  | { kind: 'checking'; file: string }
  /** A spreadsheet: its columns to match to the fields, and its problems by row and column. */
  | { kind: 'mapping'; file: string; fileBase64: string; reading: SheetReading }
  | {
      kind: 'preview';
      file: string;
      content: string;
      preview: ImportPreview;
      /** From a spreadsheet: its layout and mapping, remembered once the import is confirmed. */
      sheet?: Pick<SheetReading, 'headers' | 'mapping'>;
    }
  | { kind: 'invalid'; file: string; error: ApiError }
  | { kind: 'running'; file: string; jobId: string; done: number; total: number }
  | { kind: 'done'; file: string; summary: ImportSummary }
  | { kind: 'failed'; file: string; error: ApiError };

export const POLL_INTERVAL_MS = 300;

/** Percent done for the progress bar; 0 until the backend knows the total. */
export const percentOf = (done: number, total: number): number =>
  total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0;
