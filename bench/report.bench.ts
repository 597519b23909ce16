import { parseArgs } from 'node:util';
import { openSqliteStore } from '../db/sqlite/store';
import { buildReportDefinition, renderPdf, renderReport, reportInputs } from '../backend/services/report';
import { emit, peakRssMb, summarize } from './measure';

/*
 * The annual review PDF on one cached database, in its own process:
 *   tsx bench/report.bench.ts --db <file> --size <n> --year <Y> --mode cold|warm|pdfmake|pdfmake-cold --runs <n>
 * `cold` and `warm` are everything the report command does but writing the file: statistics, labels,
 * texts, charts, the document definition and pdfmake. `cold` opens the database afresh for every run
 * (the CLI's case); `warm` reuses the figures the store already computed for unchanged data (the
 * Reports screen's case: the figures are on screen before the PDF is asked for). `pdfmake` times
 * pdfmake rendering a finished definition alone (built fresh, untimed, before each run: pdfmake
 * changes it while laying out). `pdfmake-cold` times pdfmake's first rendering in a process (the
 * definition built untimed before it), the part of a `cold` run that is pdfmake's own: loading it, its
 * fonts, and shaping text in a process that has not yet. Its charts' labels are measured with the same
 * fonts while the definition is built, so this first rendering is if anything faster than truly cold,
 * and `cold ÷ pdfmake-cold` errs against Nadzor.
 */

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    size: { type: 'string' },
    year: { type: 'string' },
    mode: { type: 'string' },
    runs: { type: 'string' },
  },
});
const modes = ['cold', 'warm', 'pdfmake', 'pdfmake-cold'] as const;
type Mode = (typeof modes)[number];
const mode = values.mode as Mode;
if (!values.db || !values.year || !modes.includes(mode))
  throw new Error(
    'usage: report.bench.ts --db <file> --size <n> --year <Y> --mode cold|warm|pdfmake|pdfmake-cold --runs <n>',
  );
const db = values.db;
const runs = Number(values.runs ?? 5);
const firstInProcess = mode === 'cold' || mode === 'pdfmake-cold';
if (firstInProcess && runs !== 1) throw new Error('a cold run is one run per process: --runs 1');

const store = openSqliteStore(db);
const request = { year: Number(values.year), district: null, language: 'ru' as const };
try {
  // Warm and pdfmake runs are preceded by one unmeasured run (the figures then stay on screen).
  const inputs = mode === 'cold' ? null : await reportInputs(store, request, 'bench');
  const pdfmakeOnly = mode === 'pdfmake' || mode === 'pdfmake-cold';
  const samples: number[] = [];
  for (let i = firstInProcess ? 1 : 0; i <= runs; i += 1) {
    // pdfmake changes a definition while laying it out: each run gets a fresh one, built untimed.
    const definition = inputs && pdfmakeOnly ? buildReportDefinition(inputs) : null;
    const start = process.hrtime.bigint();
    if (definition) await renderPdf(definition);
    else await renderReport(store, request, { actor: 'bench' });
    if (i > 0) samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const names: Record<Mode, string> = {
    cold: 'review PDF, whole, database just opened (the CLI)',
    warm: 'review PDF, whole, figures already on screen (the Reports screen)',
    pdfmake: 'review PDF: pdfmake rendering the finished definition alone',
    'pdfmake-cold': 'review PDF: pdfmake alone, its first rendering in a fresh process',
  };
  emit({ name: names[mode], size: Number(values.size), ...summarize(samples), peakRssMb: peakRssMb() });
} finally {
  await store.close();
}
