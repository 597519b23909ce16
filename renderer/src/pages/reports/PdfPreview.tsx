import { Alert, Spin } from 'antd';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadPdfJs } from './load-pdfjs';
import './reports.css';

interface Props {
  bytes: Uint8Array<ArrayBuffer>;
  /** The width each page is drawn at, in CSS pixels. */
  width: number;
}

/** One page drawn onto a canvas, sharp on high-density screens, named "Page 1" for screen readers. */
function PdfPage({ doc, number, width }: { doc: PDFDocumentProxy; number: number; width: number }) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    let task: RenderTask | null = null;
    let live = true;
    void doc.getPage(number).then((page) => {
      const target = canvas.current;
      if (!live || !target) return;
      const ratio = window.devicePixelRatio || 1;
      const scale = width / page.getViewport({ scale: 1 }).width;
      const viewport = page.getViewport({ scale: scale * ratio });
      target.width = Math.floor(viewport.width);
      target.height = Math.floor(viewport.height);
      target.style.width = `${width}px`;
      target.style.height = `${Math.floor(viewport.height / ratio)}px`;
      task = page.render({ canvas: target, viewport });
      // A render cancelled because the preview closed is not an error.
      task.promise.catch(() => undefined);
    });
    return () => {
      live = false;
      task?.cancel();
    };
  }, [doc, number, width]);

  return (
    <canvas
      ref={canvas}
      role="img"
      aria-label={t('reports.pdf.page', { number })}
      className="report-pdf-page"
    />
  );
}

/**
 * The generated review, page by page, inside the app (pdf.js in its worker; no plug-in, no network).
 * Eval stays off: the CSP forbids it, and pdf.js then draws fonts without it.
 */
export function PdfPreview({ bytes, width }: Props) {
  const { t } = useTranslation();
  // Keyed by the bytes it came from, so a new PDF never shows the previous one's pages.
  const [loaded, setLoaded] = useState<{ source: Uint8Array; doc: PDFDocumentProxy | null } | null>(null);
  const current = loaded?.source === bytes ? loaded : null;
  const doc = current?.doc ?? null;
  const failed = current !== null && current.doc === null;

  useEffect(() => {
    let live = true;
    let destroy: (() => Promise<void>) | null = null;
    void loadPdfJs()
      .then((pdfjs) => {
        if (!live) return null;
        // pdf.js takes ownership of the buffer it is given: hand it a copy, the original is saved later.
        const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false });
        destroy = () => task.destroy();
        return task.promise;
      })
      .then((document) => {
        if (live && document) setLoaded({ source: bytes, doc: document });
      })
      .catch(() => {
        if (live) setLoaded({ source: bytes, doc: null });
      });
    return () => {
      live = false;
      void destroy?.();
    };
  }, [bytes]);

  if (failed) return <Alert type="warning" showIcon title={t('reports.pdf.previewFailed')} />;
  if (!doc) return <Spin tip={t('reports.pdf.rendering')}>{<div style={{ height: 200 }} />}</Spin>;
  return (
    <div role="document" aria-label={t('reports.pdf.preview')}>
      {Array.from({ length: doc.numPages }, (_, i) => (
        <PdfPage key={i + 1} doc={doc} number={i + 1} width={width} />
      ))}
    </div>
  );
}
