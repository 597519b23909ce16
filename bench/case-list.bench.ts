import { parseArgs } from 'node:util';
import { openSqliteStore } from '../db/sqlite/store';
import { emit, peakRssMb, repeat } from './measure';
import { listScenarios } from './scenarios';

/*
 * One list scenario on one cached database, in its own process (so its peak memory is its own):
 *   tsx bench/case-list.bench.ts --db <file> --size <n> --scenario <index> --runs <n>
 * The page (the first, or a deep one) is fetched through the store's reader exactly as the API does.
 */

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    size: { type: 'string' },
    scenario: { type: 'string' },
    runs: { type: 'string' },
  },
});
const scenario = listScenarios[Number(values.scenario)];
if (!values.db || !scenario)
  throw new Error('usage: case-list.bench.ts --db <file> --size <n> --scenario <index> --runs <n>');

const store = openSqliteStore(values.db);
try {
  const query = { ...scenario.query };
  if (scenario.at) {
    const { total } = await store.read((r) => r.cases.list({ ...query, page: 1 }));
    const pages = Math.max(1, Math.ceil(total / query.pageSize));
    query.page = scenario.at === 'last' ? pages : Math.ceil(pages / 2);
  }
  const once = () => store.read((r) => r.cases.list(query));
  const timing = await repeat(once, Number(values.runs ?? 20), 3);
  emit({ name: scenario.name, size: Number(values.size), ...timing, peakRssMb: peakRssMb() });
} finally {
  await store.close();
}
