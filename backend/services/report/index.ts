export type { ReportInputs } from './inputs';
export { renderPdf } from './pdf';
export {
  renderReport,
  renderReportDocx,
  reportInputs,
  reviewDefinition,
  type RenderedDocx,
  type RenderedReport,
  type RenderReportOptions,
} from './render';
