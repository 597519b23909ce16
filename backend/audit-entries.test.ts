import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  contract,
  methodNames,
  type MethodInput,
  type MethodName,
  type MethodOutput,
} from '../shared/api/contract';
import { userActor } from '../shared/domain/accounts';
import type { ReportSettings } from '../shared/domain/report';
import { referenceKinds } from '../shared/domain/reference';
import { INVESTIGATION_DAYS_KEY } from './services/deadlines';
import { IDLE_MINUTES_KEY } from './services/idle-minutes';
import { ISSUE_DATE_KEY, reportTextKey } from './services/report-settings';
import { SUBJECTS_KEY } from './services/review-subjects';
import type { ReviewSubjects } from '../shared/domain/review-subject';
import { openSqliteStore } from '../db/sqlite/store';
import { BACKUP_KEEP_DAILY_KEY, BACKUP_KEEP_MONTHLY_KEY } from '../db/sqlite/backup/backup-settings';
import { mappingKey } from './services/spreadsheet/sheet-cases';
import { openTestApi, signedInAs, TEST_PASSWORD } from './test-api';

/** One audit entry as the trail holds it, without its hashes and snapshots. */
interface Entry {
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  importId: number | null;
}

type Expected = Omit<Entry, 'actor' | 'importId'> & { importId?: number | null };

const dataWrites = methodNames.filter((m) => contract[m].mutates && contract[m].scope === 'data');

const IIN = '880120300123'; // 1988-01-20, male, valid check digit
const ADMIN = 'olga';
const SUPERVISOR = 'dana';
const tables: Record<string, string> = {
  district: 'districts',
  article: 'articles',
  platform: 'platforms',
  tactic: 'tactics',
};

describe('the audit trail', () => {
  it('gets exactly the expected entries for every successful data change of the contract', async () => {
    const api = await openTestApi('2026-01-15T10:00:00Z');
    const db = new Database(api.path, { readonly: true });
    const supervisor = await signedInAs(api.backend, api.session, 'supervisor', SUPERVISOR);
    const as = { [ADMIN]: api, [SUPERVISOR]: supervisor };
    const covered = new Set<MethodName>();

    const lastSeq = () => (db.prepare('SELECT max(seq) AS seq FROM audit_log').get() as { seq: number }).seq;
    const entriesAfter = (seq: number): Entry[] =>
      db
        .prepare(
          `SELECT actor, action, entity_type AS entityType, entity_id AS entityId, import_id AS importId
             FROM audit_log WHERE seq > ? ORDER BY seq`,
        )
        .all(seq) as Entry[];
    const ids = (sql: string, ...params: unknown[]) =>
      (db.prepare(sql).all(...params) as { id: number }[]).map((r) => String(r.id));

    /**
     * Calls one method as one user and checks the trail grew by exactly the entries expected, in
     * order, each naming that user. `expected` may read the database after the call (for new ids).
     */
    async function step<M extends MethodName>(
      login: keyof typeof as,
      method: M,
      input: MethodInput<M>,
      expected: (value: MethodOutput<M>) => Expected[],
      settle?: (value: MethodOutput<M>) => Promise<void>,
    ) {
      const seq = lastSeq();
      const value = await as[login].ok(method, input);
      await settle?.(value);
      const got = entriesAfter(seq);
      const want = expected(value).map((e) => ({ importId: null, ...e, actor: userActor(login) }));
      expect(got, method).toEqual(want);
      covered.add(method);
      return value;
    }
    const one = (action: string, entityType: string, entityId: string | number) => () => [
      { action, entityType, entityId: String(entityId) },
    ];

    // Demo data goes into the empty database: an import of its own, every change carrying its id.
    await step(ADMIN, 'demo.fill', {}, (summary) => {
      const start = db.prepare('SELECT id FROM imports ORDER BY id DESC LIMIT 1').get() as { id: number };
      const importId = start.id;
      const references = referenceKinds.flatMap((kind) =>
        summary.newReferences[kind].map((name) => ({
          action: `${kind}.create`,
          entityType: kind,
          entityId: ids(`SELECT id FROM ${tables[kind]} WHERE name = ?`, name)[0]!,
          importId,
        })),
      );
      const cases = ids('SELECT id FROM cases ORDER BY id');
      const persons = ids('SELECT id FROM monitored_persons ORDER BY id');
      expect(cases).toHaveLength(summary.created);
      expect(persons).toHaveLength(summary.persons.created);
      return [
        // The import's own entry names it as its entity; it and everything the import writes carry its id.
        { action: 'import.start', entityType: 'import', entityId: String(importId), importId },
        ...references,
        ...cases.map((id) => ({ action: 'case.import', entityType: 'case', entityId: id, importId })),
        ...persons.map((id) => ({ action: 'person.import', entityType: 'person', entityId: id, importId })),
        // The demo's review subjects, extortion the default: a settings change after the import.
        { action: 'settings.subjects', entityType: 'setting', entityId: SUBJECTS_KEY },
      ];
    });

    // A supervisor works a case through its pipeline.
    const newCase = { article: '194', district: 'Almaty', registeredOn: '2024-02-11' };
    const created = await step(
      SUPERVISOR,
      'cases.create',
      { ...newCase, registryNumber: '999900000000001' },
      (value) => one('case.create', 'case', value.id)(),
    );
    const id = created.id;
    const onCase = (action: string) => one(action, 'case', id);
    await step(SUPERVISOR, 'cases.edit', { id, changes: { damageKzt: 150000 } }, onCase('case.edit'));
    const victim = { sex: 'F' as const, birthDate: '1996-04-03' };
    await step(SUPERVISOR, 'cases.addVictim', { id, victim }, onCase('case.victim.add'));
    await step(
      SUPERVISOR,
      'cases.updateVictim',
      { id, index: 0, victim: { ...victim, employment: 'student' } },
      onCase('case.victim.update'),
    );
    await step(SUPERVISOR, 'cases.removeVictim', { id, index: 0 }, onCase('case.victim.remove'));
    const defendant = { fullName: 'Аманов Ерлан Болатович', sex: 'M' as const, birthDate: '1988-01-20' };
    await step(SUPERVISOR, 'cases.addDefendant', { id, defendant }, onCase('case.defendant.add'));
    await step(
      SUPERVISOR,
      'cases.updateDefendant',
      { id, index: 0, defendant: { ...defendant, employment: 'unemployed' } },
      onCase('case.defendant.update'),
    );
    await step(
      SUPERVISOR,
      'cases.addDefendant',
      { id, defendant: { fullName: 'Лишний', sex: 'M' } },
      onCase('case.defendant.add'),
    );
    await step(SUPERVISOR, 'cases.forward', { id, on: '2024-05-02' }, onCase('case.forward'));
    await step(
      SUPERVISOR,
      'cases.recordVerdict',
      { id, index: 0, verdict: 'convicted', on: '2024-09-10' },
      onCase('case.verdict'),
    );
    await step(
      SUPERVISOR,
      'cases.recordSentence',
      { id, index: 0, sentence: { type: 'imprisonment', years: 5, months: 0, on: '2024-09-10' } },
      onCase('case.sentence'),
    );
    await step(
      SUPERVISOR,
      'cases.removeDefendant',
      { id, index: 1, reason: 'Entered twice by mistake' },
      onCase('case.defendant.remove'),
    );
    const second = (
      await step(SUPERVISOR, 'cases.create', { ...newCase, registryNumber: '999900000000002' }, (value) =>
        one('case.create', 'case', value.id)(),
      )
    ).id;
    await step(
      SUPERVISOR,
      'cases.close',
      { id: second, on: '2024-03-01', closedReason: 'discontinued' },
      one('case.close', 'case', second),
    );
    await step(
      SUPERVISOR,
      'cases.reopen',
      { id: second, reason: 'New evidence' },
      one('case.reopen', 'case', second),
    );

    // The register: a convicted defendant, and a person registered by hand through every change.
    await step(SUPERVISOR, 'monitoring.fromDefendant', { caseId: id, index: 0 }, (value) =>
      one('person.fromDefendant', 'person', value.id)(),
    );
    const identity = {
      iin: IIN,
      fullName: 'Серіков Нұрлан',
      birthDate: '1988-01-20',
      sex: 'M' as const,
      district: 'Almaty',
    };
    const person = (
      await step(SUPERVISOR, 'monitoring.create', { person: identity }, (value) =>
        one('person.create', 'person', value.id)(),
      )
    ).id;
    const onPerson = (action: string) => one(action, 'person', person);
    const personId = (await api.ok('monitoring.get', { id: person })).record.personId;
    await step(
      SUPERVISOR,
      'monitoring.update',
      { id: person, person: { ...identity, personId, notes: 'Lives with his parents' } },
      onPerson('person.update'),
    );
    await step(
      SUPERVISOR,
      'monitoring.addConviction',
      { id: person, conviction: { article: '194', courtDate: '2021-03-01' } },
      onPerson('person.addConviction'),
    );
    await step(
      SUPERVISOR,
      'monitoring.removeConviction',
      { id: person, index: 0, reason: 'Recorded for the wrong person' },
      onPerson('person.removeConviction'),
    );
    const period = { type: 'administrative' as const, start: '2024-10-01', end: '2025-03-31' };
    await step(
      SUPERVISOR,
      'monitoring.addPeriod',
      { id: person, period: { ...period, checkInsPerMonth: 1 } },
      onPerson('person.addPeriod'),
    );
    await step(
      SUPERVISOR,
      'monitoring.updatePeriod',
      { id: person, index: 0, period: { ...period, checkInsPerMonth: 2 }, reason: 'Court order' },
      onPerson('person.updatePeriod'),
    );
    await step(
      SUPERVISOR,
      'monitoring.recordEvent',
      { id: person, period: 0, event: { on: '2024-10-15', type: 'attended' } },
      onPerson('person.event.attended'),
    );
    await step(
      SUPERVISOR,
      'monitoring.removeEvent',
      { id: person, period: 0, event: 0, reason: 'Recorded on the wrong person' },
      onPerson('person.removeEvent'),
    );
    await step(
      SUPERVISOR,
      'monitoring.addPeriod',
      { id: person, period: { ...period, type: 'probation', checkInsPerMonth: 1 } },
      onPerson('person.addPeriod'),
    );
    await step(
      SUPERVISOR,
      'monitoring.removePeriod',
      { id: person, index: 1, reason: 'Entered twice' },
      onPerson('person.removePeriod'),
    );
    // A later case whose defendant has the person's IIN is a match to decide.
    const later = (
      await step(
        SUPERVISOR,
        'cases.create',
        { ...newCase, registryNumber: '999900000000003', registeredOn: '2024-11-02' },
        (value) => one('case.create', 'case', value.id)(),
      )
    ).id;
    await step(
      SUPERVISOR,
      'cases.addDefendant',
      {
        id: later,
        defendant: { fullName: identity.fullName, sex: 'M', birthDate: identity.birthDate, iin: IIN },
      },
      one('case.defendant.add', 'case', later),
    );
    await step(
      SUPERVISOR,
      'monitoring.decideLink',
      { id: person, caseId: later, decision: 'confirmed' },
      onPerson('person.confirmLink'),
    );

    // An import by the supervisor: one entry for the import, then one per case it creates or updates.
    const exported = JSON.parse((await api.ok('cases.export', {})).content) as {
      cases: { registryNumber: string; damageKzt: number | null }[];
      monitoring: unknown[];
    };
    const firstCase = exported.cases.find((c) => c.registryNumber === '999900000000001')!;
    const untouched = exported.cases.find((c) => c.registryNumber === '999900000000002')!;
    const file = {
      ...exported,
      cases: [
        { ...firstCase, damageKzt: 175000 },
        untouched,
        { ...untouched, registryNumber: '999900000000004' },
      ],
      monitoring: [],
    };
    const fourth = () => ids("SELECT id FROM cases WHERE registry_number = '999900000000004'")[0]!;
    let summary: unknown;
    await step(
      SUPERVISOR,
      'cases.importStart',
      { content: JSON.stringify(file), onConflict: 'update', fileName: 'changes.json' },
      () => {
        const importId = (db.prepare('SELECT max(id) AS id FROM imports').get() as { id: number }).id;
        return [
          { action: 'import.start', entityType: 'import', entityId: String(importId), importId },
          { action: 'case.import.update', entityType: 'case', entityId: String(id), importId },
          { action: 'case.import.update', entityType: 'case', entityId: String(second), importId },
          { action: 'case.import', entityType: 'case', entityId: fourth(), importId },
        ];
      },
      // The import runs in the background: its entries are complete once its progress says done.
      async ({ jobId }) => {
        let progress = await supervisor.ok('cases.importProgress', { jobId });
        for (let i = 0; progress.state === 'running' && i < 500; i += 1) {
          await new Promise((resolve) => setTimeout(resolve, 20));
          progress = await supervisor.ok('cases.importProgress', { jobId });
        }
        summary = progress.summary;
      },
    );
    expect(summary).toMatchObject({ created: 1, updated: 2, skipped: 0 });
    expect((await api.ok('cases.get', { id })).record.damageKzt).toBe(175000);
    // Nothing else carries the import's id (its own entry and its three cases), and each case's own
    // trail tells which import changed it.
    const lastImport = (db.prepare('SELECT max(id) AS id FROM imports').get() as { id: number }).id;
    expect(ids('SELECT seq AS id FROM audit_log WHERE import_id = ?', lastImport)).toHaveLength(4);
    const store = openSqliteStore(api.path);
    const history = await store.read((r) => r.audit.forEntity('case', String(second)));
    await store.close();
    expect(history.map((e) => [e.action, e.importId])).toEqual([
      ['case.create', null],
      ['case.close', null],
      ['case.reopen', null],
      ['case.import.update', lastImport],
    ]);

    // The administrator: reference data, settings, the review's texts, accounts.
    const labels = { ru: 'Threads', kk: 'Threads', en: 'Threads' };
    const platform = await step(
      ADMIN,
      'reference.save',
      { kind: 'platform', name: 'Threads', labels, active: true },
      (value) => one('platform.create', 'platform', value.id)(),
    );
    await step(
      ADMIN,
      'reference.save',
      { kind: 'platform', id: platform.id, name: 'Threads', labels, active: false },
      one('platform.update', 'platform', platform.id),
    );
    await step(
      ADMIN,
      'settings.setInvestigationDays',
      { days: 90 },
      one('settings.investigationDays', 'setting', INVESTIGATION_DAYS_KEY),
    );
    await step(
      ADMIN,
      'settings.setIdleMinutes',
      { minutes: 30 },
      one('settings.idleMinutes', 'setting', IDLE_MINUTES_KEY),
    );
    const settings: ReportSettings = await api.ok('reports.settings', {});
    await step(
      ADMIN,
      'reports.saveSettings',
      {
        issueDate: '2025-01-15',
        texts: {
          ...settings.texts,
          kk: { ...settings.texts.kk, office: 'Астана қаласы прокуратурасының аудандық бөлімі' },
        },
      },
      () => [
        { action: 'settings.report', entityType: 'setting', entityId: ISSUE_DATE_KEY },
        { action: 'settings.report', entityType: 'setting', entityId: reportTextKey('kk', 'office') },
      ],
    );
    const subjects: ReviewSubjects = await api.ok('reports.subjects', {});
    await step(
      ADMIN,
      'reports.saveSubjects',
      { ...subjects, defaultSubject: 'fraud' },
      one('settings.subjects', 'setting', SUBJECTS_KEY),
    );
    const account = await step(
      ADMIN,
      'users.create',
      { fullName: 'Ерлан Касымов', login: 'erlan', password: 'first-password-1', role: 'reporter' },
      (value) => one('user.create', 'user', value.id)(),
    );
    const onUser = (action: string) => one(action, 'user', account.id);
    await step(
      ADMIN,
      'users.update',
      { id: account.id, fullName: 'Ерлан Касымов', role: 'auditor' },
      onUser('user.update'),
    );
    await step(ADMIN, 'users.setDisabled', { id: account.id, disabled: true }, onUser('user.disable'));
    await step(
      ADMIN,
      'users.resetPassword',
      { id: account.id, password: 'second-password-2' },
      onUser('user.resetPassword'),
    );

    // A spreadsheet layout's column mapping, remembered as a setting of its own.
    const headers = ['Номер ЕРДР', 'Статья', 'Район', 'Когда'];
    await step(
      SUPERVISOR,
      'cases.sheetSaveMapping',
      { headers, mapping: { registryNumber: 0, article: 1, district: 2, registeredOn: 3 } },
      one('settings.sheetMapping', 'setting', mappingKey(headers)),
    );
    // Where backups go and how many are kept: each setting that changes (the folder stays the default).
    await step(ADMIN, 'backups.saveSettings', { folder: null, keepDaily: 7, keepMonthly: 12 }, () => [
      { action: 'settings.backups', entityType: 'setting', entityId: BACKUP_KEEP_DAILY_KEY },
      { action: 'settings.backups', entityType: 'setting', entityId: BACKUP_KEEP_MONTHLY_KEY },
    ]);
    // A backup copies the file and changes no data: no entry (its head goes to the anchor log outside).
    const backup = await step(ADMIN, 'backups.create', {}, () => []);
    expect(backup.entries).toBe(lastSeq());
    await api.ok('cases.create', {
      registryNumber: '241500031009999',
      article: '194',
      district: 'Almaty',
      registeredOn: '2026-01-10',
    });

    // The script must reach every data-changing method of the contract: a new one fails here first.
    expect(dataWrites.filter((m) => !covered.has(m))).toEqual(['backups.restore']);
    expect(await api.ok('audit.verify', {})).toMatchObject({ ok: true });
    db.close();

    // Last, as it replaces the database: a restore puts the backup's trail back whole, up to its
    // head, and the case registered after the backup is gone with its entry.
    await api.ok('backups.restore', { file: backup.file });
    const restored = new Database(api.path, { readonly: true });
    const head = restored.prepare('SELECT max(seq) AS seq FROM audit_log').get() as { seq: number };
    expect(head.seq).toBe(backup.entries);
    restored.close();
    // Every session ended with the restore: the administrator signs in again, and the trail verifies.
    const again = await api.backend.dispatch(
      'auth.login',
      { login: ADMIN, password: TEST_PASSWORD },
      { language: 'en' },
    );
    if (!again.ok) throw new Error(JSON.stringify(again));
    const session = (again.value as { session: string }).session;
    expect(await api.backend.dispatch('audit.verify', {}, { language: 'en', session })).toMatchObject({
      ok: true,
      value: { ok: true, entries: backup.entries },
    });
    await api.backend.close();
  }, 120_000);
});
