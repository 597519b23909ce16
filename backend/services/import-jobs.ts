import { randomUUID } from 'node:crypto';
import type { Store } from '../../db/ports';
import { isDatabaseUnavailable } from '../../db/unavailable';
import type { ImportJob } from '../../shared/domain/case-detail';
import { sizeProblem } from '../../shared/domain/case-file-limits';
import { parseCaseFileText } from '../../shared/domain/case-file-text';
import { DomainError } from '../errors';
import { importCases, type ConflictMode, type ImportSummary } from './import-cases';

interface Job extends ImportJob {
  summary?: ImportSummary;
  error?: unknown;
}

const jobs = new Map<string, Job>();
const KEEP_FINISHED = 20;

/** The file's JSON value; any problem of its text (too large, too deep, not JSON, a repeated key, a broken string) refuses it. */
export function parseContent(content: string): unknown {
  // The text's UTF-8 size, as the file's: the same limit as the command line and the Import screen.
  const tooLarge = sizeProblem(Buffer.byteLength(content, 'utf8'));
  if (tooLarge) throw DomainError.field('invalid_input', tooLarge);
  const parsed = parseCaseFileText(content);
  if (parsed.ok) return parsed.value;
  const [only] = parsed.problems;
  if (parsed.problems.length === 1 && only) throw DomainError.field('invalid_input', only);
  const count = parsed.problems.length;
  throw new DomainError('invalid_input', 'errors.import.invalid', { count }, parsed.problems);
}

/**
 * Starts an import in the background so the screen can show its progress. It is still one transaction:
 * the job yields to the event loop between batches, so progress polls are answered while it runs.
 */
export function startImport(
  store: Store,
  actor: string,
  content: string,
  mode: ConflictMode,
  fileName: string | null = null,
): ImportJob {
  const data = parseContent(content);
  const job: Job = { jobId: randomUUID(), state: 'running', done: 0, total: 0 };
  jobs.set(job.jobId, job);
  for (const old of [...jobs.values()].filter((j) => j.state !== 'running').slice(0, -KEEP_FINISHED))
    jobs.delete(old.jobId);
  void importCases(store, actor, data, mode, {
    fileName,
    onProgress: async (done, total) => {
      job.done = done;
      job.total = total;
      await new Promise((resolve) => setImmediate(resolve));
    },
  }).then(
    (summary) => Object.assign(job, { state: 'done', summary }),
    (error: unknown) =>
      Object.assign(job, {
        state: 'failed',
        // Its transaction went with the connection: the poll says so in words, not as an internal error.
        error: isDatabaseUnavailable(error)
          ? new DomainError('database_unavailable', 'errors.import.databaseLost')
          : error,
      }),
  );
  return { jobId: job.jobId, state: job.state, done: 0, total: 0 };
}

export function importProgress(jobId: string): ImportJob & { summary?: ImportSummary } {
  const job = jobs.get(jobId);
  if (!job) throw new DomainError('not_found', 'errors.import.noSuchJob');
  // A failed import reports its error (with every problem) to the poll that finds it finished.
  if (job.state === 'failed') throw job.error;
  const { error: _error, ...visible } = job;
  return visible;
}
