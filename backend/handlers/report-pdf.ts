import { reportProgress, startReport } from '../services/report-jobs';
import type { Handlers } from './handler';

export const reportPdfHandlers = {
  'reports.pdfStart': (request, { store, actor }) => startReport(store, actor, request),
  'reports.pdfProgress': ({ jobId }) => Promise.resolve(reportProgress(jobId)),
} satisfies Partial<Handlers>;
