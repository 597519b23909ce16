export { drawnReportDefinition } from './definition';
export type { ReportInputs } from './inputs';
export { renderPdf } from './pdf';
export {
  renderReport,
  renderReportDocx,
  reportInputs,
  type RenderedDocx,
  type RenderedReport,
  type RenderReportOptions,
} from './render';
