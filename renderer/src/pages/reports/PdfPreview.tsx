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

/** How far below the visible part of the preview a page starts being drawn, so scrolling finds it ready. */
const DRAW_AHEAD = '800px 0px';

function scrollingAncestor(element: HTMLElement): HTMLElement | null {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    const { overflowY } = getComputedStyle(parent);
    if (overflowY === 'auto' || overflowY === 'scroll') return parent;
  }
  return null;
}

/**
 * One page on a canvas, sharp on high-density screens, named "Page 1" for screen readers. It takes its
 * size at once but is drawn only when it comes near the visible part of the preview: a review of a
 * dozen pages drawn all at once kept the window busy for seconds on a slow PC.
 */
function PdfPage({ doc, number, width }: { doc: PDFDocumentProxy; number: number; width: number }) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [near, setNear] = useState(false);

  useEffect(() => {
    const target = canvas.current;
    if (!target || near) return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        setNear(true);
      },
      // Its margin counts only around the box that scrolls the pages (the dialog), not the window.
      { root: scrollingAncestor(target), rootMargin: DRAW_AHEAD },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [near]);

  useEffect(() => {
    let task: RenderTask | null = null;
    let live = true;
    void doc.getPage(number).then((page) => {
      const target = canvas.current;
      if (!live || !target) return;
      const ratio = window.devicePixelRatio || 1;
      const scale = width / page.getViewport({ scale: 1 }).width;
      const viewport = page.getViewport({ scale: scale * ratio });
      target.style.width = `${width}px`;
      target.style.height = `${Math.floor(viewport.height / ratio)}px`;
      if (!near) return;
      target.width = Math.floor(viewport.width);
      target.height = Math.floor(viewport.height);
      task = page.render({ canvas: target, viewport });
      // A render cancelled because the preview closed is not an error.
      task.promise.catch(() => undefined);
    });
    return () => {
      live = false;
      task?.cancel();
    };
  }, [doc, number, width, near]);

  return (
    <canvas
      ref={canvas}
      role="img"
      aria-label={t('reports.pdf.page', { number })}
      className="report-pdf-page"
      // An A4 page's shape until the page's own size is read.
      style={{ width, height: Math.round((width * 297) / 210) }}
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
