import type * as PdfJs from 'pdfjs-dist';
// Vite copies the worker into the build and gives its URL (same origin, so the CSP's 'self' covers it).
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

let loading: Promise<typeof PdfJs> | null = null;

/** pdf.js, loaded the first time a preview is shown: most visits to Reports never need it. */
export function loadPdfJs(): Promise<typeof PdfJs> {
  loading ??= import('pdfjs-dist').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
    return pdfjs;
  });
  return loading;
}
