import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import { LegacyGridContainLabel } from 'echarts/features';
import { SVGRenderer } from 'echarts/renderers';

/*
 * The parts of ECharts the review's charts use: what the Reports screen registers and what the PDF
 * draws with, so screen and paper draw from the same code. Kept apart from ./index so a module that
 * only builds options never loads ECharts; the full library is two and a half times the size.
 */
export const chartParts = [
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  // The charts keep their labels inside with `grid.containLabel`, which ECharts 6 moved out of the grid.
  LegacyGridContainLabel,
  SVGRenderer,
];
