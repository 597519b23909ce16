import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import { measureText } from './text-measure';

let measuring = false;

/**
 * Draws one chart as an SVG string on the server, from the same options the screen renders.
 * The chart is disposed at once: a live instance keeps a timer that would hold the CLI open.
 */
export function chartToSvg(option: EChartsOption, width: number, height: number): string {
  if (!measuring) {
    echarts.setPlatformAPI({ measureText });
    measuring = true;
  }
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    // Class and clip-path ids carry a process-wide instance counter (zr0-, zr1-…); each SVG is
    // drawn on its own, so one fixed prefix keeps the same chart byte-identical on every run.
    return chart.renderToSVGString().replace(/\bzr\d+-/g, 'zr-');
  } finally {
    chart.dispose();
  }
}
