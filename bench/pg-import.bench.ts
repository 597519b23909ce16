import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { seedReferenceData } from '../backend/seed-reference';
import { importCases } from '../backend/services/import-cases';
import { caseColumns } from '../db/case-rows';
import { openPgStore } from '../db/postgres/store';
import { CASE_FILE_FORMAT } from '../shared/domain/case-file';
import type { CaseRecord } from '../shared/domain/case-record';
import { comparableName } from '../shared/domain/person-match';
import { onPg } from './bench-store';
import { onDatabase } from './generate-pg';
import { emit, peakRssMb, summarize, timeMs } from './measure';
import { BENCH_DIR } from './paths';
import { syntheticCases } from './synthetic';

/*
 * One way of writing `size` cases into a fresh PostgreSQL database, in its own process:
 *   tsx bench/pg-import.bench.ts --server <url> --mode import|copy --size <n> --runs <n>
 * - import: importCases on the PostgreSQL store, the real path (validation, one transaction holding
 *   the write lock, an audit entry per case);
 * - copy: the same rows by a bare COPY of each table (psql's \copy of CSV files written before the
 *   clock starts, all in one transaction): the columns the import writes, no validation, no trail.
 * Each run gets a database of its own, migrated and seeded with the reference data; generating the
 * cases and the CSV is not timed.
 */

type Refs = Record<'districts' | 'articles' | 'platforms' | 'tactics', Map<string, number>>;

const csvValue = (v: unknown) =>
  v === null || v === undefined
    ? ''
    : typeof v === 'number'
      ? String(v)
      : `"${(v as string).replace(/"/g, '""')}"`;
const csv = (rows: unknown[][]) => `${rows.map((r) => r.map(csvValue).join(',')).join('\n')}\n`;

/** The import's rows of every table, ids given as the import gives them (1, 2, …). */
function tablesOf(cases: CaseRecord[], refs: Refs) {
  const out = {
    cases: [] as unknown[][],
    victims: [] as unknown[][],
    defendants: [] as unknown[][],
    case_platforms: [] as unknown[][],
    case_tactics: [] as unknown[][],
  };
  let victimId = 0;
  let defendantId = 0;
  cases.forEach((r, index) => {
    const id = index + 1;
    const ids = {
      districtId: refs.districts.get(r.district)!,
      articleId: refs.articles.get(r.article)!,
      platformIds: r.platforms.map((p) => refs.platforms.get(p)!),
      tacticIds: r.tactics.map((t) => refs.tactics.get(t)!),
    };
    out.cases.push([...caseColumns(r, ids), id]);
    r.victims.forEach((v, i) =>
      out.victims.push([(victimId += 1), id, i, v.sex, v.birthDate, v.birthYear, v.employment]),
    );
    r.defendants.forEach((d, i) =>
      out.defendants.push([
        (defendantId += 1),
        id,
        i,
        d.personId,
        d.fullName,
        d.sex,
        d.birthDate,
        d.employment,
        d.priorConvictions,
        d.convictedOn,
        d.acquittedOn,
        d.sentence?.type ?? null,
        d.sentence?.years ?? null,
        d.sentence?.months ?? null,
        d.sentence?.fineKzt ?? null,
        d.sentence?.on ?? null,
        d.iin ?? null,
        d.fullName ? comparableName(d.fullName) : null,
      ]),
    );
    ids.platformIds.forEach((p, i) => out.case_platforms.push([id, i, p]));
    ids.tacticIds.forEach((t, i) => out.case_tactics.push([id, i, t]));
  });
  return out;
}

const COLUMNS: Record<keyof ReturnType<typeof tablesOf>, string> = {
  cases: `registry_number, article_id, part, district_id, registered_on, forwarded_to_court_on, closed_on,
    closed_reason, group_crime, damage_kzt, stage, id`,
  victims: 'id, case_id, position, sex, birth_date, birth_year, employment',
  defendants: `id, case_id, position, person_id, full_name, sex, birth_date, employment, prior_convictions,
    convicted_on, acquitted_on, sentence_type, sentence_years, sentence_months, sentence_fine_kzt,
    sentenced_on, iin, name_key`,
  case_platforms: 'case_id, position, platform_id',
  case_tactics: 'case_id, position, tactic_id',
};

/** The reference rows the cases name, added (untimed) where the seed lacks them, by name. */
async function referenceIds(url: string, cases: CaseRecord[]): Promise<Refs> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const refs = {} as Refs;
    const wanted = {
      districts: ['name', cases.map((c) => c.district)],
      articles: ['code', cases.map((c) => c.article)],
      platforms: ['name', cases.flatMap((c) => c.platforms)],
      tactics: ['name', cases.flatMap((c) => c.tactics)],
    } as const;
    for (const [table, [column, names]] of Object.entries(wanted) as [keyof Refs, [string, string[]]][]) {
      const map = new Map<string, number>();
      const found = await client.query<{ id: number; key: string }>(
        `SELECT id, ${column} AS key FROM ${table}`,
      );
      for (const r of found.rows) map.set(r.key, r.id);
      for (const name of new Set(names)) {
        if (map.has(name)) continue;
        const id = Math.max(0, ...map.values()) + 1;
        await client.query(`INSERT INTO ${table} (id, ${column}) VALUES ($1, $2)`, [id, name]);
        map.set(name, id);
      }
      refs[table] = map;
    }
    return refs;
  } finally {
    await client.end();
  }
}

async function admin(server: string, sql: string) {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function runOnce(server: string, mode: 'import' | 'copy', cases: CaseRecord[], run: number) {
  const name = `nadzor_bench_import_${process.pid}_${run}`;
  await admin(server, `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
  const url = onDatabase(server, name);
  const dir = join(BENCH_DIR, 'tmp', name);
  try {
    const store = await openPgStore(url);
    try {
      await seedReferenceData(store);
      if (mode === 'import') {
        const data = { format: CASE_FILE_FORMAT, cases };
        return await timeMs(() => importCases(store, 'bench', data, 'refuse'));
      }
    } finally {
      await store.close();
    }
    const tables = tablesOf(cases, await referenceIds(url, cases));
    mkdirSync(dir, { recursive: true });
    const commands = Object.entries(tables).map(([table, rows]) => {
      const file = join(dir, `${table}.csv`);
      writeFileSync(file, csv(rows));
      return `\\copy ${table} (${COLUMNS[table as keyof typeof COLUMNS].replace(/\s+/g, ' ')}) FROM '${file}' WITH (FORMAT csv)`;
    });
    const args = [
      '-X',
      '-q',
      '-1',
      '-v',
      'ON_ERROR_STOP=1',
      '-d',
      url,
      ...commands.flatMap((c) => ['-c', c]),
    ];
    return await timeMs(() => {
      const result = spawnSync('psql', args, { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`psql \\copy failed: ${result.stderr}`);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await admin(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

export const PG_IMPORT_NAMES = {
  import: onPg('import via importCases (validated, audited)'),
  copy: onPg('bare COPY of the same rows (one transaction)'),
} as const;

const { values } = parseArgs({
  options: {
    server: { type: 'string' },
    mode: { type: 'string' },
    size: { type: 'string' },
    runs: { type: 'string' },
  },
});
const mode = values.mode;
if (!values.server || (mode !== 'import' && mode !== 'copy') || !values.size)
  throw new Error('usage: pg-import.bench.ts --server <url> --mode import|copy --size <n> --runs <n>');
const size = Number(values.size);
const cases = syntheticCases(0, size);
const samples: number[] = [];
for (let run = 0; run < Number(values.runs ?? 1); run += 1)
  samples.push(await runOnce(values.server, mode, cases, run));
emit({ name: PG_IMPORT_NAMES[mode], size, ...summarize(samples), peakRssMb: peakRssMb() });
