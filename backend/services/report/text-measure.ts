import { createRequire } from 'node:module';
import { robotoFiles } from './fonts';

/*
 * ECharts lays out labels by measuring text. On a server it has no canvas and guesses one em per
 * non-Latin letter, which makes Cyrillic labels nearly twice too wide (wrapped or pushed aside for
 * nothing). We measure with the very font and engine (fontkit, which pdfkit draws with) that the
 * PDF uses, so what ECharts lays out is what the page shows.
 */

interface FontkitFont {
  unitsPerEm: number;
  layout(text: string): { advanceWidth: number };
}

// fontkit is pdfkit's own dependency: resolve it from there rather than depend on it twice.
const pdfkitRequire = createRequire(createRequire(import.meta.url).resolve('pdfkit'));
const fontkit = pdfkitRequire('fontkit') as { openSync(path: string): FontkitFont };

let regular: FontkitFont | undefined;
let bold: FontkitFont | undefined;

/** Width in pixels of `text` in a CSS font string such as `bold 10px Roboto, sans-serif`. */
export function measureText(text: string, font?: string): { width: number } {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? 12);
  const isBold = /\b(bold|[6-9]00)\b/.test(font ?? '');
  const face = isBold
    ? (bold ??= fontkit.openSync(robotoFiles.bold))
    : (regular ??= fontkit.openSync(robotoFiles.normal));
  return { width: (face.layout(text).advanceWidth / face.unitsPerEm) * size };
}
