import { Resvg } from '@resvg/resvg-js';
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type { Content } from 'pdfmake/interfaces';
import { chartPalette } from '../../../shared/charts';
import { appVersion } from '../../version';
import { drawCharts, gatherCharts } from './chart-svg';
import { metadataDate } from './data-time';
import { robotoFiles } from './fonts';
import { sectionContext, type ReportInputs } from './inputs';
import { PAGE_MARGINS } from './layout';
import { about } from './sections/about';
import { cover } from './sections/cover';
import { reviewSections } from './sections';

/*
 * The review as a Word document, for staff to edit its wording before publishing. It is written from
 * the very blocks the PDF is laid out from (the cover, the section builders, the last page): one place
 * decides what each table and sentence holds, and this file only says how Word sets them. Charts go
 * in as PNG drawn from the same SVG the PDF embeds; blocks side by side stay side by side (a table
 * without borders), on the PDF's page and margins.
 */

/** The subset of pdfmake content the review's builders produce (see layout.ts and sections/). */
interface Node {
  text?: string;
  style?: string;
  bold?: boolean;
  alignment?: string;
  fontSize?: number;
  stack?: Content[];
  columns?: Content[];
  table?: { headerRows?: number; body: Node[][] };
  svg?: string;
  width?: number | string;
  canvas?: unknown[];
  margin?: number | [number, number, number, number];
  pageBreak?: string;
}

const color = (hex: string) => hex.replace('#', '');
/** pdfmake sizes are points; docx wants half-points. */
const halfPoints = (pt: number) => Math.round(pt * 2);

const sizes: Record<string, number> = { caption: 9, small: 8, cell: 9.5, tableHead: 8.5, lead: 10.5 };

/**
 * resvg is native code and reads font files from disk: in the packaged app the font sits beside the
 * archive, unpacked (electron-builder.yml), where Node's patched fs would have found it inside.
 */
const chartFonts = Object.values(robotoFiles).map((file) =>
  file.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1'),
);

/** A chart's SVG as PNG at twice its printed size (crisp when printed), text in the review's font. */
function png(svg: string): { data: Buffer; width: number; height: number } {
  const image = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    font: {
      loadSystemFonts: false,
      fontFiles: chartFonts,
      defaultFontFamily: 'Roboto',
      sansSerifFamily: 'Roboto',
    },
    background: '#ffffff',
  });
  const rendered = image.render();
  return { data: rendered.asPng(), width: rendered.width / 2, height: rendered.height / 2 };
}

/** Walks the review's content into Word paragraphs, tables and pictures, in reading order. */
export class Writer {
  readonly children: (Paragraph | Table)[] = [];

  /** Columns are written by writers of their own, counting pictures with the document's one. */
  constructor(private readonly counter = { pictures: 0 }) {}

  add(content: Content): void {
    if (typeof content === 'string') return this.paragraph({ text: content });
    if (Array.isArray(content)) return content.forEach((c) => this.add(c));
    const node = content as Node;
    if (node.stack) node.stack.forEach((c) => this.add(c));
    else if (node.columns) this.columns(node.columns);
    else if (node.table) this.table(node.table);
    else if (node.svg) this.picture(node.svg);
    else if (typeof node.text === 'string') {
      if (node.text !== '') this.paragraph(node);
    } else if (!node.canvas)
      // Rules drawn on a canvas are ornament; anything else a section starts to use must be set here
      // too, or the Word review would silently lack it: its tests fail on this instead.
      throw new Error(`the Word review cannot set this block yet: ${Object.keys(node).join(', ')}`);
    if (node.pageBreak === 'after') this.children.push(new Paragraph({ children: [new PageBreak()] }));
  }

  heading(text: string, level: 1 | 2 = 1): void {
    this.children.push(
      new Paragraph({ text, heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 }),
    );
  }

  private paragraph(node: Node): void {
    if (node.style === 'sectionTitle') return this.heading(node.text!, 1);
    if (node.style === 'subTitle') return this.heading(node.text!, 2);
    const size = node.fontSize ?? (node.style ? sizes[node.style] : undefined);
    this.children.push(
      new Paragraph({
        alignment: node.alignment === 'center' ? AlignmentType.CENTER : undefined,
        // A margin of its own (the cover's title sits low on its page) in twips; else 6 pt after.
        spacing: Array.isArray(node.margin)
          ? { before: node.margin[1] * 20, after: node.margin[3] * 20 }
          : { after: 120 },
        children: [
          new TextRun({
            text: node.text!,
            bold: node.bold || node.style === 'caption',
            size: size === undefined ? undefined : halfPoints(size),
            color: node.style === 'caption' || node.style === 'small' ? color(chartPalette.muted) : undefined,
          }),
        ],
      }),
    );
  }

  private columns(columns: Content[]): void {
    const cells = columns.map((column) => {
      const writer = new Writer(this.counter);
      writer.add(column);
      // A cell must end with a paragraph.
      return new TableCell({ children: [...writer.children, new Paragraph({ text: '' })] });
    });
    this.children.push(
      new Table({
        rows: [new TableRow({ children: cells })],
        width: { size: 100, type: WidthType.PERCENTAGE },
        borders: TableBorders.NONE,
      }),
    );
  }

  private table({ headerRows = 0, body }: { headerRows?: number; body: Node[][] }): void {
    const rows = body.map((cells, r) => {
      const head = r < headerRows;
      return new TableRow({
        tableHeader: head,
        cantSplit: true,
        children: cells.map(
          (cell) =>
            new TableCell({
              shading: head ? { type: ShadingType.CLEAR, fill: color(chartPalette.primary) } : undefined,
              children: [
                new Paragraph({
                  alignment: cell.alignment === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
                  children: [
                    new TextRun({
                      text: cell.text ?? '',
                      bold: head || cell.bold,
                      color: head ? 'FFFFFF' : undefined,
                      size: halfPoints(head ? sizes.tableHead! : sizes.cell!),
                    }),
                  ],
                }),
              ],
            }),
        ),
      });
    });
    this.children.push(
      new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }),
      new Paragraph({ text: '' }),
    );
  }

  private picture(svg: string): void {
    const { data, width, height } = png(svg);
    const id = ++this.counter.pictures;
    // Drawing ids count per document, not per process (docx's own counter would differ run to run).
    this.children.push(
      new Paragraph({
        children: [
          new ImageRun({
            type: 'png',
            data,
            transformation: { width: Math.round(width * (96 / 72)), height: Math.round(height * (96 / 72)) },
            altText: { id: String(id), name: `chart-${id}` },
          }),
        ],
      }),
    );
  }
}

/**
 * "Page 3 of 12" in the review's words, the numbers as Word fields (Word counts its own pages): the
 * sentence is asked for with markers in place of the numbers, then cut at them.
 */
function pageFooter(t: (key: string, params?: Record<string, unknown>) => string): Footer {
  const muted = { size: halfPoints(8), color: color(chartPalette.muted) };
  const runs = t('page', { page: '\uE000', total: '\uE001' })
    .split(/(\uE000|\uE001)/)
    .filter((piece) => piece !== '')
    .map((piece) => {
      if (piece === '\uE000') return new TextRun({ ...muted, children: [PageNumber.CURRENT] });
      if (piece === '\uE001') return new TextRun({ ...muted, children: [PageNumber.TOTAL_PAGES] });
      return new TextRun({ ...muted, text: piece });
    });
  return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: runs })] });
}

/** The core properties with the data's time for both dates: docx would stamp the clock's. */
function coreXml(title: string, author: string, moment: Date): string {
  const escape = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const at = moment.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escape(title)}</dc:title><dc:creator>${escape(author)}</dc:creator>` +
    `<cp:lastModifiedBy>Nadzor ${escape(appVersion)}</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** The review as a .docx: the same sections, tables and charts as the PDF; same inputs, same document. */
export async function renderDocx(inputs: ReportInputs): Promise<Buffer> {
  const ctx = sectionContext(inputs);
  const { t } = ctx.w;
  const { value: parts, charts } = gatherCharts(() => ({
    cover: cover(ctx),
    sections: reviewSections.map((build) => build(ctx)).filter((section) => section !== null),
    about: about(ctx),
  }));
  await drawCharts(charts);
  const writer = new Writer();
  writer.add(parts.cover);
  parts.sections.forEach((section, index) => {
    writer.heading(`${index + 1}. ${section.title}`);
    writer.add(section.lead.map((text): Content => ({ text, style: 'lead' })));
    writer.add(section.body);
  });
  writer.add(parts.about);

  const title = `${t('title')} ${ctx.year}`;
  const document = new Document({
    title,
    creator: inputs.texts.office,
    styles: {
      default: {
        document: { run: { font: 'Roboto', size: halfPoints(10), color: color(chartPalette.text) } },
        heading1: { run: { size: halfPoints(14), bold: true, color: color(chartPalette.primary) } },
        heading2: { run: { size: halfPoints(11), bold: true, color: color(chartPalette.primary) } },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          // The PDF's margins (points, twenty twips each); docx's default page is A4 already.
          page: {
            margin: {
              left: PAGE_MARGINS[0] * 20,
              top: PAGE_MARGINS[1] * 20,
              right: PAGE_MARGINS[2] * 20,
              bottom: PAGE_MARGINS[3] * 20,
            },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                children: [
                  new TextRun({
                    text: t('header', { office: inputs.texts.office, year: ctx.year }),
                    size: halfPoints(8),
                    color: color(chartPalette.muted),
                  }),
                ],
              }),
            ],
          }),
          first: new Header({ children: [] }),
        },
        footers: { default: pageFooter(t), first: new Footer({ children: [] }) },
        children: writer.children satisfies FileChild[],
      },
    ],
  });
  return Packer.toBuffer(document, false, [
    { path: 'docProps/core.xml', data: coreXml(title, inputs.texts.office, metadataDate(inputs)) },
  ]);
}
