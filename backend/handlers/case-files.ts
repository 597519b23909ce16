import { fillDemo } from '../services/demo';
import { PassThrough } from 'node:stream';
import { exportCases } from '../services/export-cases';
import { writeCaseListWorkbook } from '../services/spreadsheet/case-list-workbook';
import { importProgress, parseContent, startImport } from '../services/import-jobs';
import { previewImport } from '../services/import-cases';
import { investigationDays, today } from '../services/deadlines';
import { storeQuery } from './cases';
import type { Handlers } from './handler';

export const caseFileHandlers = {
  'cases.importPreview': ({ content }, { store }) => previewImport(store, parseContent(content)),
  'cases.importStart': ({ content, onConflict, fileName }, { store, actor }) =>
    Promise.resolve(startImport(store, actor, content, onConflict, fileName ?? null)),
  'cases.importProgress': ({ jobId }) => Promise.resolve(importProgress(jobId)),
  'cases.export': async ({ filters }, { store, now }) => {
    const filter = filters ? storeQuery(filters, today(now), await store.read(investigationDays)) : {};
    const chunks: string[] = [];
    const count = await exportCases(store, (chunk) => void chunks.push(chunk), filter);
    return { content: chunks.join(''), count };
  },
  'cases.exportSpreadsheet': async ({ filters }, { store, now, language }) => {
    const filter = filters ? storeQuery(filters, today(now), await store.read(investigationDays)) : {};
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (chunk: Buffer) => chunks.push(chunk));
    const count = await writeCaseListWorkbook(store, out, language, filter);
    return { xlsxBase64: Buffer.concat(chunks).toString('base64'), count };
  },
  'demo.fill': (_input, { store, actor }) => fillDemo(store, actor),
} satisfies Partial<Handlers>;
