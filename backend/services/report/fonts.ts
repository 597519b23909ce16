import { createRequire } from 'node:module';
import { dirname, join, relative, isAbsolute } from 'node:path';

/*
 * The review embeds Roboto as pdfmake ships it: it covers Russian and Kazakh Cyrillic
 * (ә ғ қ ң ө ұ ү һ і) but has no tenge sign, so amounts are written "тг"/"KZT".
 */

const require = createRequire(import.meta.url);

export const fontsDir = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');

export const robotoFiles = {
  normal: join(fontsDir, 'Roboto-Regular.ttf'),
  bold: join(fontsDir, 'Roboto-Medium.ttf'),
  italics: join(fontsDir, 'Roboto-Italic.ttf'),
  bolditalics: join(fontsDir, 'Roboto-MediumItalic.ttf'),
};

/** pdfmake may read local files only from the font folder (nothing a document names elsewhere). */
export const insideFontsDir = (path: string): boolean => {
  const rest = relative(fontsDir, path);
  return rest !== '' && !rest.startsWith('..') && !isAbsolute(rest);
};
