import type { EChartsOption } from 'echarts';
import { init, setPlatformAPI, use } from 'echarts/core';
import { chartParts } from '../../../shared/charts/parts';
import { withLabelsWrapped } from './label-wrap';
import { measureText } from './text-measure';

// The parts the screen registers, no more: the builds carry them bundled and tree-shaken
// (scripts/build-node.mjs, electron.vite.config.ts), so a `report` loads 40 % of the full library.
use(chartParts);
setPlatformAPI({ measureText });

/**
 * Draws one chart as an SVG string on the server, from the same options the screen renders.
 * The chart is disposed at once: a live instance keeps a timer that would hold the CLI open.
 */
export function drawChart(option: EChartsOption, width: number, height: number): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(withLabelsWrapped(option, measureText));
    // Class and clip-path ids carry a process-wide instance counter (zr0-, zr1-…); each SVG is
    // drawn on its own, so one fixed prefix keeps the same chart byte-identical on every run.
    return chart.renderToSVGString().replace(/\bzr\d+-/g, 'zr-');
  } finally {
    chart.dispose();
  }
}
