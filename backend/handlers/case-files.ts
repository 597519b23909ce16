import { fillDemo } from '../services/demo';
import { PassThrough } from 'node:stream';
import { exportCases } from '../services/export-cases';
import { writeCaseListWorkbook } from '../services/spreadsheet/case-list-workbook';
import { mappingKey } from '../services/spreadsheet/sheet-cases';
import { readCaseSheet } from '../services/spreadsheet/sheet-import';
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
  'cases.sheetRead': ({ fileBase64, fileName, mapping }, { store, language }) =>
    readCaseSheet(
      store,
      { bytes: Buffer.from(fileBase64, 'base64'), fileName, ...(mapping ? { mapping } : {}) },
      language,
    ),
  'cases.sheetSaveMapping': async ({ headers, mapping }, { store, actor }) => {
    const key = mappingKey(headers);
    await store.write(actor, (tx) =>
      tx.apply({ entity: 'setting', id: key, action: 'settings.sheetMapping' }, (w) =>
        w.settings.set(key, JSON.stringify(mapping)),
      ),
    );
    return { remembered: true as const };
  },
  'demo.fill': (_input, { store, actor }) => fillDemo(store, actor),
} satisfies Partial<Handlers>;
