import { parseArgs } from 'node:util';
import { openSqliteStore } from '../db/sqlite/store';
import {
  renderPdf,
  renderReport,
  reportInputs,
  reviewDefinition,
  type ReportInputs,
} from '../backend/services/report';
import { changeFigures } from './figures-changed';
import { emit, peakRssMb, summarize } from './measure';

/*
 * The annual review PDF on one cached database, in its own process:
 *   tsx bench/report.bench.ts --db <file> --size <n> --year <Y> --mode <mode> --runs <n>
 * (modes: cold, cold-changed, warm, pdfmake, pdfmake-cold)
 * `cold` and `warm` are everything the report command does but writing the file: statistics, labels,
 * texts, charts, the document definition and pdfmake. `cold` opens the database afresh for every run
 * (the CLI's case), whose year's figures an earlier process kept in it (db/sqlite/kept-stats.ts);
 * `cold-changed` is `cold` right after a change of the year's figures, which are counted again and
 * its charts drawn again (bench/figures-changed.ts); `warm` reuses the figures the store already computed for unchanged data (the
 * Reports screen's case: the figures are on screen before the PDF is asked for). `pdfmake` times
 * pdfmake rendering a finished definition alone (built fresh, untimed, before each run: pdfmake
 * changes it while laying out). `pdfmake-cold` times pdfmake's first rendering in a process (the
 * definition built untimed before it), the part of a `cold` run that is pdfmake's own: loading it, its
 * fonts, and shaping text in a process that has not yet. Its definition takes the charts the file
 * keeps, as the report command does, so nothing before it (ECharts measuring labels with the same
 * fonts) has warmed what it runs; it needs a `cold-changed` run before it, which keeps them.
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
const modes = ['cold', 'cold-changed', 'warm', 'pdfmake', 'pdfmake-cold'] as const;
type Mode = (typeof modes)[number];
const mode = values.mode as Mode;
if (!values.db || !values.year || !modes.includes(mode))
  throw new Error(
    `usage: report.bench.ts --db <file> --size <n> --year <Y> --mode ${modes.join('|')} --runs <n>`,
  );
const db = values.db;
const runs = Number(values.runs ?? 5);
const justOpened = mode === 'cold' || mode === 'cold-changed';
const firstInProcess = justOpened || mode === 'pdfmake-cold';
if (firstInProcess && runs !== 1) throw new Error('a cold run is one run per process: --runs 1');

if (mode === 'cold-changed') changeFigures(db);
const store = openSqliteStore(db);

/**
 * The definition as the report command builds it, its charts the ones the file keeps: so pdfmake's
 * first rendering finds fontkit (which ECharts' label measuring would run) as cold as it is there.
 */
async function definitionOf(inputs: ReportInputs) {
  const { definition, unkept } = await reviewDefinition(store, inputs);
  if (mode === 'pdfmake-cold' && unkept > 0)
    throw new Error('pdfmake-cold needs the charts kept in the file: run a cold-changed run first');
  return definition;
}

const request = { year: Number(values.year), district: null, language: 'ru' as const };
try {
  const inputs = justOpened ? null : await reportInputs(store, request, 'bench');
  const pdfmakeOnly = mode === 'pdfmake' || mode === 'pdfmake-cold';
  const samples: number[] = [];
  /*
   * Warm and pdfmake runs are preceded by unmeasured ones, the same number for both: V8 is still
   * optimising pdfmake's layout over its first few renderings (one process gave 414, 193, 155, 197,
   * then 125-133 ms), so after one only the ratio of two warm medians of three moved by 0.4x from
   * run to run.
   */
  const warmUps = firstInProcess ? 0 : 4;
  for (let i = 1 - warmUps; i <= runs; i += 1) {
    // pdfmake changes a definition while laying it out: each run gets a fresh one, built untimed.
    const definition = inputs && pdfmakeOnly ? await definitionOf(inputs) : null;
    const start = process.hrtime.bigint();
    if (definition) await renderPdf(definition);
    else await renderReport(store, request, { actor: 'bench' });
    if (i > 0) samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const names: Record<Mode, string> = {
    cold: 'review PDF, whole, database just opened, its figures kept (the CLI)',
    'cold-changed': 'review PDF, whole, database just opened after a change (figures counted)',
    warm: 'review PDF, whole, figures already on screen (the Reports screen)',
    pdfmake: 'review PDF: pdfmake rendering the finished definition alone',
    'pdfmake-cold': 'review PDF: pdfmake alone, its first rendering in a fresh process',
  };
  emit({ name: names[mode], size: Number(values.size), ...summarize(samples), peakRssMb: peakRssMb() });
} finally {
  await store.close();
}
