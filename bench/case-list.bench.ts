import { parseArgs } from 'node:util';
import { emit, peakRssMb, repeat } from './measure';
import { openBenchStore, storeOptions } from './bench-store';
import { listScenarios } from './scenarios';

/*
 * One list scenario on one cached database, in its own process (so its peak memory is its own):
 *   tsx bench/case-list.bench.ts --db <file> | --pg <url> --size <n> --scenario <index> --runs <n>
 * The page (the first, or a deep one) is fetched through the store's reader exactly as the API does.
 */

const { values } = parseArgs({
  options: {
    ...storeOptions,
    size: { type: 'string' },
    scenario: { type: 'string' },
    runs: { type: 'string' },
  },
});
const scenario = listScenarios[Number(values.scenario)];
if (!scenario)
  throw new Error(
    'usage: case-list.bench.ts --db <file> | --pg <url> --size <n> --scenario <index> --runs <n>',
  );

const { store, label } = await openBenchStore(values);
try {
  const query = { ...scenario.query };
  if (scenario.at) {
    const { total } = await store.read((r) => r.cases.list({ ...query, page: 1 }));
    const pages = Math.max(1, Math.ceil(total / query.pageSize));
    query.page = scenario.at === 'last' ? pages : Math.ceil(pages / 2);
  }
  const once = () => store.read((r) => r.cases.list(query));
  const timing = await repeat(once, Number(values.runs ?? 20), 3);
  emit({ name: label(scenario.name), size: Number(values.size), ...timing, peakRssMb: peakRssMb() });
} finally {
  await store.close();
}
