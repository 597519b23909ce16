import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReportRequest } from '../../../../shared/domain/report';
import { api } from '../../api';
import { looksLikePdf, pdfBytes } from './pdf-bytes';

export type PdfJobState =
  | { status: 'idle' }
  | { status: 'running'; percent: number }
  | { status: 'done'; fileName: string; bytes: Uint8Array<ArrayBuffer> }
  | { status: 'failed'; message: string };

/** How often the screen asks how far the review is: often enough for a smooth bar, rarely enough to be free. */
const POLL_MS = 250;

/**
 * Generates the review PDF in the backend and follows its progress. Only the latest request counts:
 * starting again, or leaving the screen, stops following the one before.
 */
export function usePdfJob(failedMessage: string) {
  const [state, setState] = useState<PdfJobState>({ status: 'idle' });
  const run = useRef(0);

  useEffect(
    () => () => {
      run.current += 1; // unmounted: let any poll in flight find itself stale
    },
    [],
  );

  const start = useCallback(
    async (request: ReportRequest) => {
      const mine = ++run.current;
      const live = () => run.current === mine;
      setState({ status: 'running', percent: 0 });
      const started = await api.reports.pdfStart(request);
      if (!live()) return;
      if (!started.ok) return setState({ status: 'failed', message: started.error.message });
      let job = started.value;
      while (job.state === 'running') {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        if (!live()) return;
        const next = await api.reports.pdfProgress({ jobId: job.jobId });
        if (!live()) return;
        if (!next.ok) return setState({ status: 'failed', message: next.error.message });
        job = next.value;
        if (job.state === 'running') setState({ status: 'running', percent: job.percent });
      }
      const bytes = job.pdfBase64 ? pdfBytes(job.pdfBase64) : null;
      if (job.state !== 'done' || !bytes || !looksLikePdf(bytes) || !job.fileName)
        return setState({ status: 'failed', message: failedMessage });
      setState({ status: 'done', fileName: job.fileName, bytes });
    },
    [failedMessage],
  );

  const reset = useCallback(() => {
    run.current += 1;
    setState({ status: 'idle' });
  }, []);

  return { state, start, reset };
}
