import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderDocx, Writer } from './docx-document';
import { astanaTables } from './testing/astana-2024-tables';
import { astanaInputs } from './testing/astana-inputs';
import { docxText, unzipDocx } from '../../../shared/report/testing/docx-text';
import { missingTables } from './testing/pdf-text';

/*
 * The review as a Word document, from the hand-written Astana 2024 figures: unzipped, its text holds
 * every table worked out by hand (testing/astana-2024-tables.ts) and its sections, numbered as in the
 * PDF; each chart is a picture; the same inputs give the same document.
 */

const titles = {
  ru: [
    '1. Основные показатели',
    '2. Динамика по годам',
    '3. По районам',
    '5. Платформы и способы',
    'Об этом обзоре',
  ],
  kk: [
    '1. Негізгі көрсеткіштер',
    '2. Жылдар бойынша серпін',
    '3. Аудандар бойынша',
    '6. Тағайындалған жазалар',
    'Осы шолу туралы',
  ],
  en: [
    '1. Key figures',
    '2. Over the years',
    '3. Districts',
    '4. Victims and offenders',
    'About this review',
  ],
};

describe('the review as a Word document', () => {
  it.each(['ru', 'kk', 'en'] as const)('in %s holds every table as worked out by hand', async (language) => {
    const { xml } = await unzipDocx(await renderDocx(astanaInputs(language)));
    const text = docxText(xml);
    expect(missingTables(text, astanaTables[language])).toEqual([]);
    for (const title of titles[language]) expect(text).toContain(title);
  });

  it('has the office texts, the fingerprint and a picture for each chart', async () => {
    const { xml, media } = await unzipDocx(await renderDocx(astanaInputs('ru')));
    const text = docxText(xml);
    expect(text).toContain('Прокуратура города Астаны');
    expect(text).toContain('Уголовный кодекс Республики Казахстан.');
    expect(text).toContain('0'.repeat(64));
    // Funnel, trend, districts, ages, employment, platforms, tactics, sentences.
    expect(media.filter((name) => name.endsWith('.png'))).toHaveLength(8);
  });

  it("numbers its pages in the footer in the review's words, the numbers as Word fields", async () => {
    const docx = await renderDocx(astanaInputs('kk'));
    const zip = await JSZip.loadAsync(docx);
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^word\/footer\d+\.xml$/.test(name))
        .map((name) => zip.file(name)!.async('string')),
    );
    const numbered = footers.find((xml) => xml.includes('NUMPAGES'));
    expect(numbered).toBeDefined();
    // "{{total}} беттің {{page}}-беті": the total's field comes first in Kazakh.
    expect(numbered!.indexOf('NUMPAGES')).toBeLessThan(numbered!.indexOf('>PAGE<'));
    expect(docxText(numbered!)).toContain('беттің');
  });

  it('refuses a block it cannot set rather than leave it out', () => {
    expect(() => new Writer().add({ ul: ['one', 'two'] })).toThrow(/cannot set this block yet: ul/);
  });

  it('is the same document for the same inputs, dated by the data', async () => {
    const first = await unzipDocx(await renderDocx(astanaInputs('en')));
    const second = await unzipDocx(await renderDocx(astanaInputs('en')));
    expect(second.xml).toBe(first.xml);
    expect(second.media).toEqual(first.media);
    expect(first.core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-15T09:00:00Z</dcterms:created>',
    );
    expect(first.core).toContain(
      '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-15T09:00:00Z</dcterms:modified>',
    );
  });
});
