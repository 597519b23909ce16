import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Readers, Store } from '../../../db/ports';
import type { Labels } from '../../../shared/domain/reference';
import type { ReportRequest } from '../../../shared/domain/report';
import type { LabelledKind } from '../../../shared/report/narrative';
import { loadReportSettings } from '../report-settings';
import { loadSubjects } from '../review-subjects';
import { scopedStats } from '../stats';
import { trendOf } from '../trend';
import { reportFileName } from './file-name';
import { dataFingerprint } from './fingerprint';
import type { ReportInputs } from './inputs';
import { subjectWords } from '../../../shared/report/subject-words';
import { actorLogin } from '../../../shared/domain/accounts';
import { trailWords } from '../audit/trail-words';

export interface RenderReportOptions {
  /** Who asks for the review: printed on its last page. */
  actor: string;
  /** Progress in percent, for the screen's progress bar. */
  onProgress?: (percent: number) => void;
}

export interface RenderedReport {
  pdf: Buffer;
  fileName: string;
  pages: number;
}

const labelledKinds: LabelledKind[] = ['district', 'platform', 'tactic'];

async function labelsByName(r: Readers): Promise<ReportInputs['labels']> {
  const entries = await Promise.all(
    labelledKinds.map(async (kind) => {
      const items = await r.reference.list(kind, true);
      return [kind, Object.fromEntries(items.map((item) => [item.name, item.labels]))] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<LabelledKind, Record<string, Labels>>;
}

/** Everything the review is made of, read from the store (figures, labels, texts, audit head). */
export async function reportInputs(
  store: Store,
  request: ReportRequest,
  actor: string,
): Promise<ReportInputs> {
  const query = {
    year: request.year,
    district: request.district ?? null,
    period: request.period ?? null,
    subject: request.subject,
    articles: request.articles,
  };
  // One read: the figures, the trend (whose last year is the review's own figures, counted once) and
  // the trail's head the fingerprint seals them with.
  const { labels, settings, subjects, head, stats, trend, users } = await store.read(async (r) => {
    const [labels, settings, subjects, head, users] = await Promise.all([
      labelsByName(r),
      loadReportSettings(r),
      loadSubjects(r),
      r.audit.latest(),
      actorLogin(actor) === null ? Promise.resolve([]) : r.users.list(),
    ]);
    // The register's running-year figures are taken as of the data's last change, not the clock:
    // the same data must always print the same review.
    const { stats, scope } = await scopedStats(
      r,
      query,
      head ? head.at.slice(0, 10) : `${request.year}-12-31`,
    );
    const { years: trend } = await trendOf(r, scope, stats);
    return { labels, settings, subjects, head, stats, trend, users };
  });
  const login = actorLogin(actor)?.toLowerCase();
  const account = users.find((user) => user.login.toLowerCase() === login);
  return {
    stats,
    trend,
    language: request.language,
    labels,
    texts: settings.texts[request.language],
    subject: subjectWords(stats.scope, subjects, request.language),
    issueDate: settings.issueDate,
    dataAsOf: head?.at ?? null,
    fingerprint: dataFingerprint(head?.hash ?? null, stats),
    // Entries are numbered 1, 2, … without gaps: the head's number is the count `audit verify` prints.
    trailHead: head ? { count: head.seq, hash: head.hash } : null,
    // Named as the History names people: "Сериков А. Б. (serikov)", "Command line (root)".
    actor: trailWords(request.language).actor(actor, account?.fullName ?? null),
  };
}

/**
 * The review as a pdfmake document, its charts read from `store` where it kept them (drawn by an
 * earlier process for the same figures) and the others drawn and kept there for the next.
 * `unkept`: how many charts the store lacked.
 */
export async function reviewDefinition(
  store: Store,
  inputs: ReportInputs,
): Promise<{ definition: TDocumentDefinitions; unkept: number }> {
  // Loaded on use: the charts (ECharts, the font measurer) and pdfmake are a third of a cold start's
  // work, and every other command and call of the command line and the host goes without them;
  // ECharts only when a chart is neither kept nor drawn already (chart-svg.ts).
  const [{ buildReportDefinition }, { drawCharts, gatherCharts }] = await Promise.all([
    import('./definition'),
    import('./chart-svg'),
  ]);
  const { value: definition, charts } = gatherCharts(() => buildReportDefinition(inputs));
  const kept = await store.read((r) => r.stats.keptCharts(charts.map((chart) => chart.key)));
  const unkept = await drawCharts(charts, kept);
  await store.read((r) => r.stats.keepCharts(unkept));
  return { definition, unkept: Object.keys(unkept).length };
}

/** The annual review as a PDF: the same data and options always give the same bytes. */
export async function renderReport(
  store: Store,
  request: ReportRequest,
  { actor, onProgress }: RenderReportOptions,
): Promise<RenderedReport> {
  // Between phases the event loop gets a turn, so a screen polling for progress is answered.
  const report = async (percent: number) => {
    onProgress?.(Math.round(percent));
    await new Promise((resolve) => setImmediate(resolve));
  };
  await report(0);
  const inputs = await reportInputs(store, request, actor);
  await report(15);
  const { definition } = await reviewDefinition(store, inputs);
  // Loaded on use, as the definition's modules are (see reviewDefinition).
  const { renderPdf } = await import('./pdf');
  await report(30);
  const { pdf, pages } = await renderPdf(definition, (fraction) =>
    onProgress?.(Math.round(30 + fraction * 70)),
  );
  onProgress?.(100);
  return { pdf, fileName: reportFileName(inputs.stats, request.language), pages };
}

export interface RenderedDocx {
  docx: Buffer;
  fileName: string;
}

/** The review as a Word document, from the same inputs as its PDF (same data and options, same text). */
export async function renderReportDocx(
  store: Store,
  request: ReportRequest,
  actor: string,
): Promise<RenderedDocx> {
  const inputs = await reportInputs(store, request, actor);
  // Loaded on use: the Word writer and the SVG rasteriser are needed by this one command only.
  const { renderDocx } = await import('./docx-document');
  return { docx: await renderDocx(inputs), fileName: reportFileName(inputs.stats, request.language, 'docx') };
}
