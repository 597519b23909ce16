import type { Content, CustomTableLayout, Margins, StyleDictionary, TableCell } from 'pdfmake/interfaces';
import { chartPalette } from '../../../shared/charts';
import { chartNode } from './chart-svg';
import type { EChartsOption } from 'echarts';

/*
 * The review's typography and building blocks: A4 with generous margins, one blue for headings and
 * table heads, thin horizontal rules only (as official statistical tables are set).
 */

export const PAGE_MARGINS: [number, number, number, number] = [56, 62, 56, 54];
/** A4 width (595.28 pt) less the side margins. */
export const CONTENT_WIDTH = 483;
/** Half the content width less the gutter, for side-by-side blocks. */
export const HALF_WIDTH = 233;
const GUTTER = 17;

export const styles: StyleDictionary = {
  sectionTitle: { fontSize: 14, bold: true, color: chartPalette.primary, margin: [0, 14, 0, 4] },
  subTitle: { fontSize: 11, bold: true, color: chartPalette.primary, margin: [0, 10, 0, 4] },
  lead: { fontSize: 10.5, lineHeight: 1.35, margin: [0, 4, 0, 10], alignment: 'left' },
  body: { fontSize: 10, lineHeight: 1.35, margin: [0, 0, 0, 6], alignment: 'left' },
  caption: { fontSize: 9, bold: true, color: chartPalette.muted, margin: [0, 8, 0, 4] },
  tableHead: { fontSize: 8.5, bold: true, color: '#ffffff' },
  cell: { fontSize: 9.5 },
  small: { fontSize: 8, color: chartPalette.muted },
};

/** Rules under the head and between rows, none at the sides. */
const reviewTable: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === 1 || i === node.table.body.length ? 0.8 : 0.4),
  vLineWidth: () => 0,
  hLineColor: (i) => (i <= 1 ? chartPalette.primary : chartPalette.grid),
  fillColor: (row) => (row === 0 ? chartPalette.primary : null),
  paddingTop: () => 3.5,
  paddingBottom: () => 3.5,
  paddingLeft: () => 5,
  paddingRight: () => 5,
};

/** Label–value pairs: rules between rows only. */
const pairsTable: CustomTableLayout = {
  ...reviewTable,
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0.8 : 0.4),
  hLineColor: (i, node) =>
    i === 0 || i === node.table.body.length ? chartPalette.primary : chartPalette.grid,
  fillColor: () => null,
};

type Align = 'left' | 'right';

export interface TableSpec {
  /** Column heads; absent for a list of label–value pairs. */
  head?: string[];
  rows: (string | number)[][];
  /** Column widths; '*' takes the rest. */
  widths: (number | '*' | 'auto')[];
  /** Alignment per column (numbers right). */
  align: Align[];
  /** Rows set in bold (a total). */
  boldRows?: number[];
}

/** Tables up to this many rows are kept on one page; longer ones break with their head repeated. */
const KEEP_TOGETHER_ROWS = 25;

/** A statistical table whose head repeats on a new page and whose rows never split. */
export function table({ head, rows, widths, align, boldRows = [] }: TableSpec): Content {
  const cell = (text: string | number, col: number, bold = false): TableCell => ({
    text: String(text),
    style: 'cell',
    alignment: align[col] ?? 'left',
    bold,
  });
  const body: TableCell[][] = rows.map((row, r) =>
    row.map((text, col) => cell(text, col, boldRows.includes(r))),
  );
  if (head)
    body.unshift(head.map((text, col) => ({ text, style: 'tableHead', alignment: align[col] ?? 'left' })));
  const node: Content = {
    table: { headerRows: head ? 1 : 0, dontBreakRows: true, widths, body },
    layout: head ? reviewTable : pairsTable,
    margin: [0, 2, 0, 8],
  };
  return rows.length <= KEEP_TOGETHER_ROWS ? { unbreakable: true, stack: [node] } : node;
}

const CHART_MARGIN: Margins = [0, 0, 0, 6];

/** A chart drawn once as SVG at its printed size (1 px = 1 pt), kept on one page with its caption. */
export function chart(caption: string, option: EChartsOption, width: number, height: number): Content {
  return {
    unbreakable: true,
    stack: [
      { text: caption, style: 'caption' },
      // The node itself, not a copy: a gathered chart's SVG is filled into it later (chart-svg.ts).
      Object.assign(chartNode(option, width, height), { width, margin: CHART_MARGIN }),
    ],
  };
}

/**
 * A section's opening: its numbered title, narrative and first block, never separated by a page
 * break (a title or a sentence alone at the foot of a page reads as a mistake).
 */
export function sectionOpening(number: number, title: string, lead: string[], first?: Content): Content {
  return {
    unbreakable: true,
    stack: [
      { text: `${number}. ${title}`, style: 'sectionTitle' },
      ...lead.map((text): Content => ({ text, style: 'lead' })),
      ...(first === undefined ? [] : [first]),
    ],
  };
}

/** Two blocks side by side. */
export function twoColumns(left: Content, right: Content): Content {
  return {
    columns: [
      { width: HALF_WIDTH, stack: [left] },
      { width: HALF_WIDTH, stack: [right] },
    ],
    columnGap: GUTTER,
  };
}
