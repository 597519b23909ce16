import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { chartPalette } from '../../../shared/charts';
import type { Language } from '../../../shared/domain/fields';
import { localeOf } from '../../../shared/format';
import { appVersion } from '../../version';
import type { ExportedTrail } from './trail-export';
import type { TrailWords } from './trail-words';

/*
 * The filtered trail on paper: A4 landscape, the head of the chain at the top in a frame and at the
 * foot of every page, so each printed sheet can be compared with what `audit verify` (or the Verify
 * button) shows for the database later. The review's fonts and PDF setup, its own simple layout.
 */

const MARGINS: [number, number, number, number] = [36, 36, 36, 44];

export interface PdfAbout {
  language: Language;
  generatedAt: Date;
  generatedBy: string;
  filters: string[];
}

const rules = {
  hLineWidth: (i: number, node: { table: { body: unknown[] } }) =>
    i === 0 || i === 1 || i === node.table.body.length ? 0.8 : 0.3,
  vLineWidth: () => 0,
  hLineColor: (i: number) => (i <= 1 ? chartPalette.primary : chartPalette.grid),
  fillColor: (row: number) => (row === 0 ? chartPalette.primary : null),
  paddingTop: () => 2.5,
  paddingBottom: () => 2.5,
  paddingLeft: () => 4,
  paddingRight: () => 4,
};

function headFrame(trail: ExportedTrail, w: TrailWords): Content {
  const head = trail.head;
  return {
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: head
              ? [
                  { text: w.t('audit.pdf.head', { seq: head.seq }), bold: true, fontSize: 10 },
                  {
                    text: head.hash,
                    fontSize: 10.5,
                    bold: true,
                    color: chartPalette.primary,
                    margin: [0, 2, 0, 2],
                  },
                  { text: w.t('audit.pdf.headHint'), fontSize: 8, color: chartPalette.muted },
                ]
              : [{ text: w.t('audit.pdf.emptyTrail'), bold: true }],
            margin: [6, 5, 6, 5],
          },
        ],
      ],
    },
    layout: {
      hLineWidth: () => 1.2,
      vLineWidth: () => 1.2,
      hLineColor: () => chartPalette.primary,
      vLineColor: () => chartPalette.primary,
      fillColor: () => '#f0f4f8',
    },
    margin: [0, 6, 0, 10],
  };
}

function aboutTable(trail: ExportedTrail, about: PdfAbout, w: TrailWords): Content {
  const pair = (label: string, value: string): TableCell[] => [
    { text: label, color: chartPalette.muted },
    { text: value },
  ];
  return {
    table: {
      widths: [150, '*'],
      body: [
        pair(w.t('audit.pdf.filters'), w.filterLine(about.filters)),
        pair(w.t('audit.pdf.entries'), w.t('audit.pdf.entriesValue', { count: trail.entries.length })),
        pair(w.t('audit.pdf.generatedAt'), w.moment(about.generatedAt.toISOString())),
        pair(w.t('audit.pdf.generatedBy'), about.generatedBy),
      ],
    },
    layout: 'noBorders',
    fontSize: 9,
    margin: [0, 0, 0, 10],
  };
}

function entriesTable(trail: ExportedTrail, w: TrailWords): Content {
  const head: TableCell[] = ['seq', 'at', 'actor', 'action', 'entity', 'reason'].map((column) => ({
    text: w.t(`audit.pdf.column.${column}`),
    bold: true,
    color: '#ffffff',
    fontSize: 8.5,
    alignment: column === 'seq' ? 'right' : 'left',
  }));
  const rows: TableCell[][] = trail.entries.map((e) => [
    { text: String(e.seq), alignment: 'right' },
    { text: w.moment(e.at) },
    { text: w.actor(e.actor, e.actorName) },
    { text: w.action(e.action) },
    {
      text:
        e.importId === null ? w.entity(e) : `${w.entity(e)}\n${w.t('audit.pdf.import', { id: e.importId })}`,
    },
    { text: e.reason ?? '' },
  ]);
  if (rows.length === 0)
    rows.push([{ text: w.t('audit.pdf.noEntries'), colSpan: 6, italics: true }, '', '', '', '', '']);
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [42, 98, 130, 150, 140, '*'],
      body: [head, ...rows],
    },
    layout: rules,
    fontSize: 8.5,
  };
}

export async function trailPdf(trail: ExportedTrail, about: PdfAbout, w: TrailWords): Promise<Buffer> {
  const title = w.t('audit.pdf.title');
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: MARGINS,
    language: localeOf[about.language],
    info: {
      title,
      creator: `Nadzor ${appVersion}`,
      producer: 'Nadzor (pdfmake)',
      creationDate: about.generatedAt,
      modDate: about.generatedAt,
    },
    defaultStyle: { font: 'Roboto', fontSize: 9, color: chartPalette.text },
    content: [
      { text: title, fontSize: 16, bold: true, color: chartPalette.primary },
      { text: w.t('audit.pdf.subtitle'), fontSize: 9, color: chartPalette.muted, margin: [0, 2, 0, 0] },
      headFrame(trail, w),
      aboutTable(trail, about, w),
      entriesTable(trail, w),
    ],
    footer: (page, pages) => ({
      margin: [MARGINS[0], 14, MARGINS[2], 0],
      columns: [
        {
          text: trail.head
            ? w.t('audit.pdf.footer', { seq: trail.head.seq, hash: trail.head.hash })
            : w.t('audit.pdf.emptyTrail'),
          fontSize: 7,
          color: chartPalette.muted,
        },
        {
          text: w.t('audit.pdf.page', { page, total: pages }),
          alignment: 'right',
          width: 110,
          fontSize: 7,
          color: chartPalette.muted,
        },
      ],
    }),
  };
  // Loaded on use: the PDF engine is about half a second of CPU that a process opening the backend
  // (each CLI call, each host start) should not pay before anyone asks for a PDF.
  const { renderPdf } = await import('../report/pdf');
  return (await renderPdf(definition)).pdf;
}
