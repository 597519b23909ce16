import { randomUUID } from 'node:crypto';
import type { Store } from '../../db/ports';
import type { ReportJob, ReportRequest } from '../../shared/domain/report';
import { DomainError } from '../errors';
import { resolveDistrict } from './stats-scope';

interface Job extends ReportJob {
  error?: unknown;
}

const jobs = new Map<string, Job>();
/** Finished reviews kept for a late poll; each holds its whole PDF, so only a few. */
const KEEP_FINISHED = 5;

/**
 * Starts a review in the background so the screen can show its progress. A district nobody knows
 * is refused at once rather than on the first poll.
 */
export async function startReport(store: Store, actor: string, request: ReportRequest): Promise<ReportJob> {
  await store.read((r) => resolveDistrict(r, request.district));
  const job: Job = { jobId: randomUUID(), state: 'running', percent: 0 };
  jobs.set(job.jobId, job);
  for (const old of [...jobs.values()].filter((j) => j.state !== 'running').slice(0, -KEEP_FINISHED))
    jobs.delete(old.jobId);
  // The PDF engine (pdfmake, ECharts, fontkit: about half a second of CPU) loads with the first
  // review, not with every process that opens the backend (each CLI call, each host start).
  void import('./report')
    .then(({ renderReport }) =>
      renderReport(store, request, {
        actor,
        onProgress: (percent) => {
          job.percent = Math.max(job.percent, Math.min(99, percent));
        },
      }),
    )
    .then(
      ({ pdf, fileName }) =>
        Object.assign(job, { state: 'done', percent: 100, fileName, pdfBase64: pdf.toString('base64') }),
      (error: unknown) => Object.assign(job, { state: 'failed', error }),
    );
  return { jobId: job.jobId, state: job.state, percent: job.percent };
}

export function reportProgress(jobId: string): ReportJob {
  const job = jobs.get(jobId);
  if (!job) throw new DomainError('not_found', 'report.errors.noSuchJob');
  // A failed review reports its error to the poll that finds it finished.
  if (job.state === 'failed') throw job.error;
  const { error: _error, ...visible } = job;
  return visible;
}
