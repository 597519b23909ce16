import JSZip from 'jszip';

/** A .docx opened as Word would: its main part's XML and the names of its media files. */
export async function unzipDocx(docx: Uint8Array): Promise<{ xml: string; core: string; media: string[] }> {
  const zip = await JSZip.loadAsync(docx);
  const part = async (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`no ${path} in the document`);
    return file.async('string');
  };
  return {
    xml: await part('word/document.xml'),
    core: await part('docProps/core.xml'),
    media: Object.keys(zip.files).filter((name) => name.startsWith('word/media/')),
  };
}

const unescape = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * The document's text in reading order: each paragraph's runs joined, paragraphs (and so table cells)
 * one after another with a space between, no-break spaces as plain ones: a table reads head first,
 * then row by row, cell after cell, as `missingTables` looks for it.
 */
export function docxText(xml: string): string {
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  return paragraphs
    .map((p) =>
      (p.match(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g) ?? [])
        .map((t) => unescape(t.replace(/<[^>]+>/g, '')))
        .join(''),
    )
    .filter((text) => text !== '')
    .join(' ')
    .replace(/[\u00a0\u202f]/g, ' ');
}
