import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { registeredCase } from '../test-support';
import { openPgStore } from './store';
import { usePgDatabase } from './testing/test-database';

const noLabels = { ru: null, kk: null, en: null };

/**
 * Whether the row version at `ctid` of the cases table was updated heap-only: its page's line pointer
 * still flags it so, or, once the page was pruned, redirects to the newer version (which only a
 * heap-only chain does).
 */
async function updatedHeapOnly(client: pg.Client, ctid: string): Promise<boolean> {
  const { rows } = await client.query<{ heap_only: boolean }>(
    `SELECT lp_flags = 2 OR coalesce(t_infomask2 & 16384 <> 0, false) AS heap_only
     FROM heap_page_items(get_raw_page('cases', ($1::tid::text::point)[0]::integer))
     WHERE lp = ($1::tid::text::point)[1]::integer`,
    [ctid],
  );
  return rows[0]!.heap_only;
}

describe('the cases table on PostgreSQL', () => {
  const database = usePgDatabase();

  it('keeps room on every page, so an edit of a field without an index touches none of the indexes', async () => {
    const store = await openPgStore(database());
    try {
      const refs = await store.write('setup', async (tx) => {
        const districtId = await tx.apply({ entity: 'district', action: 'district.create' }, (w) =>
          w.reference.create('district', 'Almaty', noLabels, true),
        );
        const articleId = await tx.apply({ entity: 'article', action: 'article.create' }, (w) =>
          w.reference.create('article', '194', noLabels, true),
        );
        return { districtId, articleId, platformIds: [], tacticIds: [] };
      });
      // Several pages of cases, filled as an import or a day's registrations fill them.
      await store.write('setup', async (tx) => {
        for (let n = 1; n <= 400; n++) {
          await tx.apply({ entity: 'case', action: 'case.create' }, (w) =>
            w.cases.insertRecord(registeredCase(`24${String(n).padStart(4, '0')}`, '2024-01-03'), refs),
          );
        }
      });
      const raw = new pg.Client({ connectionString: database() });
      await raw.connect();
      try {
        await raw.query('CREATE EXTENSION IF NOT EXISTS pageinspect');
        // The first case of each page but the last, which has room whatever the table's setting.
        const firstOfEachPage = (
          await raw.query<{ id: number; ctid: string }>(
            `SELECT DISTINCT ON ((ctid::text::point)[0]) id, ctid::text AS ctid FROM cases
             WHERE (ctid::text::point)[0] < (SELECT max((ctid::text::point)[0]) FROM cases)
             ORDER BY (ctid::text::point)[0], id`,
          )
        ).rows;
        expect(firstOfEachPage.length).toBeGreaterThanOrEqual(3);
        for (const { id } of firstOfEachPage) {
          await store.write('ui:dana', async (tx) => {
            const current = (await tx.cases.versioned(id))!;
            await tx.apply({ entity: 'case', id, action: 'case.edit' }, (w) =>
              w.cases.replaceRecord(id, { ...current.record, damageKzt: 5000 }, refs, current.version),
            );
          });
        }
        const heapOnly = await Promise.all(firstOfEachPage.map(({ ctid }) => updatedHeapOnly(raw, ctid)));
        expect(heapOnly).toEqual(firstOfEachPage.map(() => true));
        expect(await store.read((r) => r.cases.record(firstOfEachPage[0]!.id))).toMatchObject({
          damageKzt: 5000,
        });
      } finally {
        await raw.end();
      }
    } finally {
      await store.close();
    }
  });
});
