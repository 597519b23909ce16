/*
 * The review's charts as ECharts options: pure data, no DOM, the same for the Reports screen (SVG
 * renderer) and the PDF (server-side SVG). Labels arrive already translated; numbers are formatted
 * for the given language.
 */
export { type Bar, rankedBarsChart, rankedBarsHeight } from './bars';
export { type DistrictBars, districtsChart } from './districts';
export { type FunnelStep, funnelSteps, pipelineFunnelChart } from './funnel';
export { type LabelledShare, sentencesChart, sharesChart } from './shares';
export { chartFont, chartPalette } from './theme';
export { type TrendFigure, type TrendSize, trendChart, trendFigures } from './trend';
export { trendScale } from './trend-labels';
export { type EmploymentKey, rankedEntries, victimAgeChart, victimEmploymentChart } from './victims';
