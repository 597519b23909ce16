import { reportFileName } from '../services/report/file-name';
import { sectionContext } from '../services/report/inputs';
import { renderReportDocx, reportInputs } from '../services/report/render';
import { reportProgress, startReport } from '../services/report-jobs';
import { reportSheets } from '../services/spreadsheet/report-workbook';
import { tablesWorkbook } from '../services/spreadsheet/table-sheet';
import type { Handlers } from './handler';

export const reportPdfHandlers = {
  'reports.pdfStart': (request, { store, actor }) => startReport(store, actor, request),
  'reports.pdfProgress': ({ jobId }) => Promise.resolve(reportProgress(jobId)),
  /** The same figures as the review of these options, its tables as the sheets of one workbook. */
  'reports.spreadsheet': async (request, { store, actor }) => {
    const inputs = await reportInputs(store, request, actor);
    const sheets = reportSheets(inputs.stats, inputs.trend, request.language, sectionContext(inputs).label);
    const xlsx = await tablesWorkbook(sheets);
    return {
      fileName: reportFileName(inputs.stats, request.language, 'xlsx'),
      xlsxBase64: xlsx.toString('base64'),
    };
  },
  /** The review of these options as a Word document: the PDF's sections, tables and charts. */
  'reports.docx': async (request, { store, actor }) => {
    const { docx, fileName } = await renderReportDocx(store, request, actor);
    return { fileName, docxBase64: docx.toString('base64') };
  },
} satisfies Partial<Handlers>;
