import { checkAnchorLog } from '../../db/sqlite/backup/anchor-log-check';
import type { AuditFilter, VerifyReport } from '../../shared/domain/audit-view';
import { formatsFor } from '../../shared/format';
import type { HandlerContext } from '../context';
import { trailCsv } from '../services/audit/export-csv';
import { trailSheet } from '../services/audit/export-xlsx';
import { tablesWorkbook } from '../services/spreadsheet/table-sheet';
import { trailPdf } from '../services/audit/export-pdf';
import { actorNames } from '../services/audit/list-entry';
import { listTrail, trailFacets } from '../services/audit/trail';
import { auditFileName, readExportedTrail, type ExportedTrail } from '../services/audit/trail-export';
import { trailWords, type TrailWords } from '../services/audit/trail-words';
import type { Handlers } from './handler';

/**
 * A PDF is laid out in one go on the backend (about 1.5 ms and 35 MB per thousand entries): beyond
 * this, some 170 landscape pages, the CSV is the form to use.
 */
export const PDF_MAX_ENTRIES = 5_000;
/** Far above any real trail; keeps one export within what a single string can hold. */
export const CSV_MAX_ENTRIES = 1_000_000;
/** A workbook is built whole in memory (about 1 KB an entry): beyond this, the CSV is the form to use. */
export const XLSX_MAX_ENTRIES = 100_000;

interface Prepared {
  trail: ExportedTrail;
  words: TrailWords;
  filters: string[];
  by: string;
  now: Date;
}

async function prepare(
  filter: AuditFilter,
  ctx: HandlerContext,
  max: number,
  tooManyKey: string,
): Promise<Prepared> {
  const words = trailWords(ctx.language);
  const format = formatsFor(ctx.language).number;
  const [trail, names] = await ctx.store.read((r) =>
    Promise.all([readExportedTrail(r, filter, { max, tooManyKey, format }), actorNames(r)]),
  );
  const user = ctx.caller.user;
  const actorName = filter.actor ? (names.get(filter.actor.toLowerCase()) ?? null) : null;
  return {
    trail,
    words,
    filters: words.filters(filter, actorName),
    by: words.actor(ctx.actor, user?.fullName ?? null),
    now: ctx.now(),
  };
}

function exported(prepared: Prepared, extension: 'csv' | 'pdf' | 'xlsx') {
  const { trail, now } = prepared;
  return {
    fileName: auditFileName(now, extension),
    count: trail.entries.length,
    headSeq: trail.head?.seq ?? 0,
    headHash: trail.head?.hash ?? '',
  };
}

/**
 * The Audit screen's verify, as `audit verify` runs it: on a database file, every head the backups'
 * anchor log recorded for it must still hold.
 */
async function verifyWithAnchorLog(ctx: HandlerContext): Promise<VerifyReport> {
  return ctx.store.read(async (r) => {
    const report = await r.audit.verify();
    if (!report.ok || !ctx.backups) return report;
    const { effectiveFolder } = await ctx.backups.settings();
    const logged = await checkAnchorLog(effectiveFolder, r.audit, report.entries);
    if (!logged.problem) return report;
    return {
      ok: false,
      entries: report.entries,
      kind: 'anchorLog',
      problem: logged.problem,
      anchorLog: { line: logged.lineNumber, file: logged.file, entry: logged.count },
    };
  });
}

export const auditTrailHandlers = {
  'audit.list': (input, { store }) => store.read((r) => listTrail(r, input)),
  'audit.facets': (_input, { store }) => store.read((r) => trailFacets(r)),
  'audit.verify': (_input, ctx) => verifyWithAnchorLog(ctx),
  'audit.checkAnchor': (anchor, { store }) => store.read((r) => r.audit.verify(anchor)),
  'audit.signIns': ({ page, pageSize }, { store }) =>
    store.read(async (r) => {
      const { entries, total } = await r.signIns.page((page - 1) * pageSize, pageSize);
      return { items: entries, total, page, pageSize };
    }),
  'audit.exportCsv': async (filter, ctx) => {
    const prepared = await prepare(filter, ctx, CSV_MAX_ENTRIES, 'audit.export.tooManyCsv');
    const content = trailCsv(
      prepared.trail,
      { exportedAt: prepared.now.toISOString(), exportedBy: prepared.by, filters: prepared.filters },
      prepared.words,
    );
    return { ...exported(prepared, 'csv'), content };
  },
  'audit.exportXlsx': async (filter, ctx) => {
    const prepared = await prepare(filter, ctx, XLSX_MAX_ENTRIES, 'audit.export.tooManyXlsx');
    const xlsx = await tablesWorkbook([
      trailSheet(
        prepared.trail,
        { exportedAt: prepared.now.toISOString(), exportedBy: prepared.by, filters: prepared.filters },
        prepared.words,
      ),
    ]);
    return { ...exported(prepared, 'xlsx'), xlsxBase64: xlsx.toString('base64') };
  },
  'audit.exportPdf': async (filter, ctx) => {
    const prepared = await prepare(filter, ctx, PDF_MAX_ENTRIES, 'audit.export.tooManyPdf');
    const pdf = await trailPdf(
      prepared.trail,
      {
        language: ctx.language,
        generatedAt: prepared.now,
        generatedBy: prepared.by,
        filters: prepared.filters,
      },
      prepared.words,
    );
    return { ...exported(prepared, 'pdf'), pdfBase64: pdf.toString('base64') };
  },
} satisfies Partial<Handlers>;
