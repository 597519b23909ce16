import { createHash } from 'node:crypto';
import type { EChartsOption } from 'echarts';

/*
 * The review's charts, as SVG in its document definition. A document is built with its charts
 * gathered, not drawn (`gatherCharts`), and they are drawn after (`drawCharts`): so a chart a store
 * kept, or this process drew before, is not drawn again, and a review whose charts are all at hand
 * never loads ECharts (chart-draw.ts: about 0.1 s of a command's start).
 */

/** A chart's place in a document definition: its SVG, filled in when it is drawn. */
export interface ChartNode {
  svg: string;
}

export interface GatheredChart {
  /** The chart's name by what it draws: equal keys, equal SVGs, in any process. */
  key: string;
  option: EChartsOption;
  width: number;
  height: number;
  node: ChartNode;
}

// The same options always draw the same SVG (chart-draw.ts), so a review asked for again on unchanged
// data (the Reports screen's figures, then its PDF, then a second language) reuses its charts.
const drawn = new Map<string, string>();
const KEEP = 64;

let gathering: GatheredChart[] | null = null;

/**
 * Which way of drawing made a chart, in its key: raised when the same options come to draw otherwise
 * (2: labels broken by their real widths, label-wrap.ts), so that drawings a store kept are drawn again.
 */
const DRAWING = 2;

const chartKey = (option: EChartsOption, width: number, height: number): string =>
  createHash('sha256')
    .update(`${DRAWING}:${width}x${height}:${JSON.stringify(option)}`)
    .digest('hex');

/** The node of one chart in the document `gatherCharts` is building; filled by `drawCharts`. */
export function chartNode(option: EChartsOption, width: number, height: number): ChartNode {
  if (!gathering) throw new Error('a chart is placed only while gatherCharts builds a document');
  const node: ChartNode = { svg: '' };
  gathering.push({ key: chartKey(option, width, height), option, width, height, node });
  return node;
}

/** Builds a document (synchronously), gathering the charts it places for `drawCharts`. */
export function gatherCharts<T>(build: () => T): { value: T; charts: GatheredChart[] } {
  const charts: GatheredChart[] = [];
  gathering = charts;
  try {
    return { value: build(), charts };
  } finally {
    gathering = null;
  }
}

/**
 * Fills the gathered charts: from this process's drawings, else from `kept` (drawings a store kept,
 * by key), else drawn now. Returns those `kept` lacked, by key, for the store to keep: drawn now or
 * before (for another database this process had open, or before the store dropped them).
 */
export async function drawCharts(
  charts: readonly GatheredChart[],
  kept: Record<string, string> = {},
): Promise<Record<string, string>> {
  const known = (key: string) => drawn.get(key) ?? kept[key];
  const missing = charts.some(({ key }) => known(key) === undefined);
  const draw = missing ? (await import('./chart-draw')).drawChart : null;
  const unkept: Record<string, string> = {};
  for (const { key, option, width, height, node } of charts) {
    node.svg = known(key) ?? unkept[key] ?? draw!(option, width, height);
    if (kept[key] === undefined) unkept[key] = node.svg;
  }
  for (const { key, node } of charts) {
    if (drawn.size >= KEEP) drawn.clear();
    drawn.set(key, node.svg);
  }
  return unkept;
}
