import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { insideFontsDir, robotoFiles } from './fonts';

/*
 * pdfmake's server build is one shared instance: fonts and access policies are set once. We are
 * offline, so no URL may be fetched, and local files may be read only from the font folder.
 */
let configured = false;
function configure() {
  if (configured) return;
  pdfmake.setFonts({ Roboto: { ...robotoFiles } });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(insideFontsDir);
  configured = true;
}

export interface RenderedPdf {
  pdf: Buffer;
  pages: number;
}

/** Lays out and renders a definition; `onProgress` gets 0–1 as pages are drawn. */
export async function renderPdf(
  definition: TDocumentDefinitions,
  onProgress?: (fraction: number) => void,
): Promise<RenderedPdf> {
  configure();
  let pages = 0;
  const footer = definition.footer;
  // The footer is laid out on every page with the page count: the one place pdfmake tells it.
  const counted: TDocumentDefinitions = {
    ...definition,
    footer: (page, total, size) => {
      pages = total;
      return typeof footer === 'function' ? footer(page, total, size) : (footer ?? null);
    },
  };
  // The callback is read by createPdf at once, so concurrent renders each keep their own.
  pdfmake.setProgressCallback((fraction) => onProgress?.(fraction));
  const created = pdfmake.createPdf(counted);
  pdfmake.setProgressCallback(() => undefined);
  return { pdf: await created.getBuffer(), pages };
}
