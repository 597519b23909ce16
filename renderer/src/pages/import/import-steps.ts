import type { ImportPreview, ImportSummary } from '../../../../shared/domain/import';
import type { ApiError } from '../../../../shared/result';

export type ConflictMode = 'refuse' | 'skip' | 'update';

/** Where the import stands: pick a file → it is checked → preview → confirm → progress → summary. */
export type ImportStep =
  | { kind: 'pick' }
  | { kind: 'checking'; file: string }
  | { kind: 'preview'; file: string; content: string; preview: ImportPreview }
  | { kind: 'invalid'; file: string; error: ApiError }
  | { kind: 'running'; file: string; jobId: string; done: number; total: number }
  | { kind: 'done'; file: string; summary: ImportSummary }
  | { kind: 'failed'; file: string; error: ApiError };

export const POLL_INTERVAL_MS = 300;

/** Percent done for the progress bar; 0 until the backend knows the total. */
export const percentOf = (done: number, total: number): number =>
  total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0;
