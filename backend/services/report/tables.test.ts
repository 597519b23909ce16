import { describe, expect, it } from 'vitest';
import { drawCharts, gatherCharts } from './chart-svg';
import { buildReportDefinition } from './definition';
import { renderPdf } from './pdf';
import { astanaTables } from './testing/astana-2024-tables';
import { astanaInputs } from './testing/astana-inputs';
import { missingTables, pdfText } from './testing/pdf-text';

/*
 * The review's tables, rendered from the hand-written Astana 2024 figures, against the tables worked
 * out by hand from the same figures (testing/astana-2024-tables.ts): a figure printed wrong, or in
 * the wrong format for the language, fails here.
 */

describe('the review prints the figures of its tables as worked out by hand', () => {
  it.each(['ru', 'kk', 'en'] as const)('in %s, every table whole, row by row', async (language) => {
    const { value: definition, charts } = gatherCharts(() => buildReportDefinition(astanaInputs(language)));
    await drawCharts(charts);
    const { pdf } = await renderPdf(definition);
    expect(missingTables(pdfText(pdf, 'drawn'), astanaTables[language])).toEqual([]);
  });
});
