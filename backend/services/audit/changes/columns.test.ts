import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../../../db/sqlite/store';
import { actionLabelKey, type ChangePart, type ChangeValue } from '../../../../shared/domain/audit-view';
import { translate } from '../../../../shared/i18n';
import { openTestApi } from '../../../test-api';
import * as fields from './fields';
import { changeLookup, describeChanges } from '.';

type Row = Record<string, unknown>;

/** For each kind of record in the snapshots: the columns shown and the ones kept internal. */
const known: Record<string, { shown: readonly fields.FieldSpec[]; hidden: readonly string[] }> = {
  case: { shown: fields.caseFields, hidden: fields.HIDDEN.case },
  victim: { shown: fields.victimFields, hidden: fields.HIDDEN.victim },
  defendant: { shown: fields.defendantFields, hidden: fields.HIDDEN.defendant },
  person: { shown: fields.personFields, hidden: fields.HIDDEN.person },
  conviction: { shown: fields.convictionFields, hidden: fields.HIDDEN.conviction },
  period: { shown: fields.periodFields, hidden: fields.HIDDEN.period },
  event: { shown: fields.eventFields, hidden: fields.HIDDEN.event },
  caseLink: { shown: fields.caseLinkFields, hidden: fields.HIDDEN.caseLink },
  user: { shown: fields.userFields, hidden: fields.HIDDEN.user },
  district: { shown: fields.referenceFields.district, hidden: fields.HIDDEN.reference },
  article: { shown: fields.referenceFields.article, hidden: fields.HIDDEN.reference },
  platform: { shown: fields.referenceFields.platform, hidden: fields.HIDDEN.reference },
  tactic: { shown: fields.referenceFields.tactic, hidden: fields.HIDDEN.reference },
  import: { shown: fields.importFields, hidden: fields.HIDDEN.import },
};

const children: Record<string, Record<string, string>> = {
  case: { victims: 'victim', defendants: 'defendant' },
  person: { convictions: 'conviction', periods: 'period', events: 'event', caseLinks: 'caseLink' },
};

describe('the columns of audited records', () => {
  it('are each either shown in words or named internal, across a whole demo database', async () => {
    const { ok, path, backend } = await openTestApi('2026-01-15T10:00:00Z');
    await ok('demo.fill', {});
    await ok('users.create', {
      fullName: 'A B',
      login: 'abc',
      password: 'temporary-pass-1',
      role: 'auditor',
    });
    await backend.close();
    const db = new Database(path, { readonly: true });
    const rows = db
      .prepare("SELECT entity_type AS type, after_json AS json FROM audit_log WHERE entity_type != 'setting'")
      .all() as { type: string; json: string | null }[];
    db.close();

    const seen = new Map<string, Set<string>>();
    const collect = (kind: string, row: Row) => {
      const columns = seen.get(kind) ?? new Set<string>();
      for (const column of Object.keys(row)) columns.add(column);
      seen.set(kind, columns);
      for (const [key, childKind] of Object.entries(children[kind] ?? {}))
        for (const child of (row[key] as Row[] | undefined) ?? []) collect(childKind, child);
    };
    for (const { type, json } of rows) if (json) collect(type, JSON.parse(json) as Row);

    expect([...seen.keys()].sort()).toEqual(Object.keys(known).sort());
    for (const [kind, columns] of seen) {
      const { shown, hidden } = known[kind]!;
      const accounted = new Set([...shown.map((f) => f.column), ...hidden]);
      expect(
        [...columns].filter((c) => !accounted.has(c)),
        kind,
      ).toEqual([]);
    }
  });

  it('read in every language without a missing word, for every entry of a demo database', async () => {
    const { ok, path, backend } = await openTestApi('2026-01-15T10:00:00Z');
    await ok('demo.fill', {});
    const user = await ok('users.create', {
      fullName: 'A B',
      login: 'abc',
      password: 'temporary-pass-1',
      role: 'auditor',
    });
    await ok('users.setDisabled', { id: user.id, disabled: true });
    await ok('settings.setInvestigationDays', { days: 30 });
    await ok('settings.setIdleMinutes', { minutes: 10 });
    await ok('settings.setLanguage', { language: 'en' });
    await backend.close();

    const store = openSqliteStore(path);
    const keys = new Set<string>();
    const valueKeys = (values: ChangeValue[]) => {
      for (const v of values) if (v.kind === 'term') keys.add(v.key);
    };
    const partKeys = (part: ChangePart | undefined) => {
      if (!part) return;
      keys.add(`history.part.${part.kind}`);
      valueKeys(part.details ?? []);
      partKeys(part.of);
    };
    await store.read(async (r) => {
      for (let seq = 1; ; seq++) {
        const entry = await r.audit.entry(seq);
        if (!entry) break;
        keys.add(actionLabelKey(entry.action));
        for (const change of describeChanges(entry, await changeLookup(r, 'en', [entry]))) {
          keys.add(change.field);
          valueKeys(change.before);
          valueKeys(change.after);
          partKeys(change.part);
        }
      }
    });
    await store.close();
    expect(keys.size).toBeGreaterThan(60);
    for (const language of ['ru', 'kk', 'en'] as const) {
      const missing = [...keys].filter((key) => translate(language, key, { number: 1 }) === key);
      expect(missing, language).toEqual([]);
    }
  });
});
