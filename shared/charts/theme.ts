import type { EChartsOption } from 'echarts';

/*
 * One sober look for every chart of the review: dark blues and greys as in official publications,
 * no gradients, no animation (the PDF is a still image, and the screen must match it).
 */

export const chartPalette = {
  /** The year under review. */
  primary: '#1f3a5f',
  /** The year before, or a secondary series. */
  secondary: '#9fb3c8',
  /** The steps of the pipeline funnel, darkest first. */
  steps: ['#1f3a5f', '#355a84', '#5b7fa6', '#8ea9c6'],
  text: '#1f2933',
  muted: '#52606d',
  grid: '#d9e2ec',
} as const;

/** The font the PDF embeds; the screen falls back to its sans-serif when it lacks it. */
export const chartFont = 'Roboto, Arial, sans-serif';

export const chartFontSize = 10;

/** What every chart shares: no animation, the review's font and colours. */
export function baseOption(): EChartsOption {
  return {
    animation: false,
    color: [chartPalette.primary, chartPalette.secondary, ...chartPalette.steps.slice(1)],
    textStyle: { fontFamily: chartFont, fontSize: chartFontSize, color: chartPalette.text },
  };
}

export const axisLabelStyle = { color: chartPalette.text, fontSize: chartFontSize, fontFamily: chartFont };

export const valueAxisStyle = {
  splitLine: { lineStyle: { color: chartPalette.grid } },
  axisLabel: { color: chartPalette.muted, fontSize: chartFontSize - 1, fontFamily: chartFont },
  minInterval: 1,
};
