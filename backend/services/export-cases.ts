import type { CaseFilterQuery, Store } from '../../db/ports';
import { CASE_FILE_FORMAT } from '../../shared/domain/case-file';

const PAGE = 2000;

const isFiltered = (filter: CaseFilterQuery) =>
  Object.values(filter).some(
    (v) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && !v.length),
  );

/**
 * Writes every case in the interchange format (and, unfiltered, the monitoring register), one per
 * line, in the order they were recorded, page by page so a million cases never sit in memory at once.
 * The same data always gives the same bytes.
 */
export async function exportCases(
  store: Store,
  write: (chunk: string) => void | Promise<void>,
  filter: CaseFilterQuery = {},
): Promise<number> {
  await write(`{\n  "format": ${JSON.stringify(CASE_FILE_FORMAT)},\n  "cases": [`);
  let after = 0;
  let written = 0;
  for (;;) {
    const page = await store.read((r) => r.cases.recordsAfter(after, PAGE, filter));
    if (page.length === 0) break;
    const lines = page.map(({ record }) => JSON.stringify(record));
    await write(`${written ? ',' : ''}\n    ${lines.join(',\n    ')}`);
    written += page.length;
    after = page.at(-1)!.id;
  }
  await write(written ? '\n  ]' : ']');
  // The register goes with a whole export only: a filtered one would link persons to absent cases.
  const persons = isFiltered(filter) ? [] : await store.read((r) => r.monitoring.all());
  if (persons.length) {
    const lines = persons.map(({ record }) => JSON.stringify(record));
    await write(`,\n  "monitoring": [\n    ${lines.join(',\n    ')}\n  ]`);
  }
  await write('\n}\n');
  return written;
}
