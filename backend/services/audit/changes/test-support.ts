import { openSqliteStore } from '../../../../db/sqlite/store';
import type { EntityType } from '../../../../db/audit/entities';
import { changeText, type Wording } from '../../../../shared/domain/audit-words';
import { translate } from '../../../../shared/i18n';
import { changeLookup, describeChanges } from '.';

/** English as the screens word it, with ISO dates, so a test reads the way a person would. */
export const english: Wording = {
  t: (key, params) => translate('en', key, params),
  language: 'en',
  date: (iso) => iso,
  number: (n) => String(n),
};

/** One entity's trail from the database file, each entry's changes worded one per line. */
export async function trail(path: string, type: EntityType, id: number | string) {
  const store = openSqliteStore(path);
  try {
    return await store.read(async (r) => {
      const entries = await r.audit.forEntity(type, String(id));
      const lookup = await changeLookup(r, 'en', entries);
      return entries.map((entry) => {
        const changes = describeChanges(entry, lookup);
        return {
          action: entry.action,
          reason: entry.reason,
          changes,
          lines: changes.map((c) => changeText(c, english)),
        };
      });
    });
  } finally {
    await store.close();
  }
}

/** The last entry of an entity's trail. */
export async function lastEntry(path: string, type: EntityType, id: number | string) {
  const entries = await trail(path, type, id);
  return entries.at(-1)!;
}
