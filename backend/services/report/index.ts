export { buildReportDefinition } from './definition';
export type { ReportInputs } from './inputs';
export { renderPdf } from './pdf';
export { renderReport, reportInputs, type RenderedReport, type RenderReportOptions } from './render';
