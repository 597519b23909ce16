import { useMemo, useState } from 'react';
import type { ReportJob, ReportRequest } from '../../../../shared/domain/report';
import type { ApiError } from '../../../../shared/result';
import { useApiMutation, useApiQuery } from '../../query/use-api';
import { looksLikePdf, pdfBytes } from './pdf-bytes';

export type PdfJobState =
  | { status: 'idle' }
  | { status: 'running'; percent: number }
  | { status: 'done'; fileName: string; bytes: Uint8Array<ArrayBuffer> }
  | { status: 'failed'; message: string };

/** How often the screen asks how far the review is: often enough for a smooth bar, rarely enough to be free. */
const POLL_MS = 250;

function stateOf(job: ReportJob | undefined, error: ApiError | null, failedMessage: string): PdfJobState {
  if (error) return { status: 'failed', message: error.message };
  if (!job) return { status: 'running', percent: 0 };
  if (job.state === 'running') return { status: 'running', percent: job.percent };
  const bytes = job.pdfBase64 ? pdfBytes(job.pdfBase64) : null;
  if (job.state !== 'done' || !bytes || !looksLikePdf(bytes) || !job.fileName)
    return { status: 'failed', message: failedMessage };
  return { status: 'done', fileName: job.fileName, bytes };
}

/**
 * Generates the review PDF in the backend and follows its progress. Only the latest request counts:
 * starting again follows the new job, and leaving the screen stops the polling.
 */
export function usePdfJob(failedMessage: string) {
  const started = useApiMutation('reports.pdfStart');
  const [followed, setFollowed] = useState<ReportJob | null>(null);
  const jobId = followed?.state === 'running' ? followed.jobId : null;
  const progress = useApiQuery(
    'reports.pdfProgress',
    { jobId: jobId ?? '' },
    {
      enabled: jobId !== null,
      refetchInterval: (query) => (query.state.data?.state === 'running' ? POLL_MS : false),
      // A finished review is hundreds of kilobytes: keep it no longer than the screen shows it.
      gcTime: 0,
    },
  );

  const state = useMemo<PdfJobState>(() => {
    if (started.isIdle) return { status: 'idle' };
    const job = (jobId === null ? null : progress.data) ?? followed ?? undefined;
    return stateOf(job, started.apiError ?? progress.apiError, failedMessage);
  }, [started.isIdle, started.apiError, followed, jobId, progress.data, progress.apiError, failedMessage]);

  const start = (request: ReportRequest) => {
    setFollowed(null);
    started.mutate(request, { onSuccess: setFollowed });
  };
  const reset = () => {
    started.reset();
    setFollowed(null);
  };
  return { state, start, reset };
}
