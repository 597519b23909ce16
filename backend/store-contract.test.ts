import { calendarScope } from './services/stats-scope';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Readers, Store } from '../db/ports';
import { openPgStore } from '../db/postgres/store';
import { usePgDatabase } from '../db/postgres/testing/test-database';
import { openSqliteStore } from '../db/sqlite/store';
import { StaleVersion } from '../db/stale-version';
import { registeredCase, tempDbPath } from '../db/test-support';
import type { CaseQuery } from '../db/ports';
import type { CaseRecord, Defendant } from '../shared/domain/case-record';
import type { MonitoredPerson } from '../shared/domain/monitoring';
import { trendYearOf, type DrillRequest } from '../shared/domain/stats';
import { seedReferenceData } from './seed-reference';
import { changeCase, resolveRefs } from './services/case-write';
import { fillDemo } from './services/demo/fill-demo';
import { personEdits } from './services/monitoring/edits';
import { personFromDefendant } from './services/monitoring/from-defendant';
import { changePerson, createPerson, newPersonRecord } from './services/monitoring/register';
import { monitoringStats } from './services/monitoring/statistics';

/*
 * One conformance suite for the storage ports, run against both engines: the same calls on the same
 * data (the reference data, then the demo file, whose 2024 reproduces the Astana review) give equal
 * answers on SQLite and PostgreSQL, audit trail and its head hash included.
 */

const clock = () => new Date('2026-03-02T09:30:00.000Z');

/** Every list the case list may ask for: sorts both ways, filters, searches, pages. */
const listQueries: CaseQuery[] = [
  ...(['registeredOn', 'registryNumber', 'district', 'stage'] as const).flatMap((sort) =>
    (['asc', 'desc'] as const).flatMap((order) => [
      { page: 1, pageSize: 25, sort, order },
      { page: 3, pageSize: 25, sort, order },
      { page: 5, pageSize: 40, sort, order },
      // Pages past the middle, read from the end on both engines, whatever the demo's size.
      ...[3, 4].map((page) => ({ page, pageSize: 50, sort, order })),
    ]),
  ),
  { page: 1, pageSize: 50, sort: 'registeredOn', order: 'asc', year: 2024, district: 'Almaty' },
  { page: 1, pageSize: 50, sort: 'stage', order: 'desc', stage: 'sentenced', article: '194' },
  { page: 1, pageSize: 50, sort: 'registeredOn', order: 'asc', platform: 'Instagram', article: '194' },
  { page: 1, pageSize: 5, sort: 'district', order: 'desc', platform: 'Instagram', article: '194' },
  { page: 2, pageSize: 5, sort: 'district', order: 'asc', platform: 'Instagram' },
  {
    page: 1,
    pageSize: 50,
    sort: 'registeredOn',
    order: 'asc',
    registeredBetween: ['2025-01-01', '2025-12-31'],
  },
  // Last: no match, its total without a row.
  { page: 1, pageSize: 50, sort: 'registeredOn', order: 'desc', year: 1999 },
];

const drills: DrillRequest[] = (
  [
    ['registered'],
    ['forwardedToCourt'],
    ['groupCrime'],
    ['platform', 'Instagram'],
    ['convictedPersons'],
    ['acquittedPersons'],
    ['sentencedPersons'],
    ['imprisonedPersons'],
    ['sentenceType', 'fine'],
    ['imprisonmentTerm', '3'],
    ['offenders', 'men'],
    ['offenders', 'all'],
    ['victims', 'women'],
    ['victims', 'age:21to39'],
    ['victims', 'employment:unknown'],
  ] as const
).map(([figure, key]) => ({ year: 2024, figure, ...(key ? { key } : {}), page: 1, pageSize: 500 }));

/** The searches a supervisor types: parts of registry numbers, starts of surnames, full names. */
async function searches(r: Readers): Promise<string[]> {
  const [first] = await r.cases.recordsAfter(0, 1);
  const number = first!.record.registryNumber;
  const named = (await r.cases.recordsAfter(0, 400))
    .flatMap((c) => c.record.defendants)
    .find((d) => d.fullName);
  const [surname = '', given = ''] = named!.fullName!.split(' ');
  return [
    number.slice(-6),
    number.slice(3, 9),
    number.slice(0, 2),
    surname.slice(0, 4),
    `${surname} ${given}`,
    given.slice(0, 3),
    '"00" OR *',
  ];
}

async function everything(store: Store) {
  return store.read(async (r) => {
    const lists = [];
    for (const query of listQueries) lists.push(await r.cases.list(query));
    const found = [];
    for (const search of await searches(r)) {
      found.push({
        search,
        page: await r.cases.list({ page: 1, pageSize: 100, sort: 'registeredOn', order: 'asc', search }),
      });
    }
    const almaty = { id: (await r.reference.ids('district')).get('Almaty')!, name: 'Almaty' };
    const stats = [];
    const pipelines = [];
    for (const year of [2023, 2024, 2025]) {
      const scopes = [
        calendarScope(year, null),
        calendarScope(year, almaty),
        calendarScope(year, null, ['194']),
      ];
      for (const scope of scopes) {
        stats.push(await r.stats.annual(scope));
        pipelines.push(await r.stats.pipeline(scope));
      }
    }
    const drilled = [];
    for (const query of drills)
      drilled.push(
        await r.stats.drill(query, calendarScope(query.year, null)),
        await r.stats.drill(query, calendarScope(query.year, almaty)),
      );
    const latest = await r.audit.latest();
    const person = (await r.monitoring.all())[2]!.record;
    const ports = {
      record: await r.cases.record(9),
      version: await r.cases.version(9),
      versioned: [await r.cases.versioned(9), await r.cases.versioned(1_000_000)],
      idByRegistryNumber: await r.cases.idByRegistryNumber((await r.cases.get(12))!.registryNumber),
      existing: await r.cases.existingRegistryNumbers([(await r.cases.get(3))!.registryNumber, 'NO-SUCH']),
      district: await r.reference.get('district', 2),
      inactive: await r.reference.list('district', false),
      setting: [await r.settings.get('review.office'), await r.settings.get('reference.seeded')],
      users: [
        await r.users.count(),
        await r.users.byId(1),
        await r.users.byLogin('oLGA'),
        await r.users.activeAdmins(),
      ],
      person: [
        await r.monitoring.record(3),
        await r.monitoring.idByKey(person.personId),
        person.iin && (await r.monitoring.idByIin(person.iin)),
      ],
      personMatches: await r.monitoring.matches({ personDbId: 3 }),
      caseMatches: await r.monitoring.matches({ caseId: 7 }),
      caseRegistered: await r.monitoring.registeredFrom(7),
      page: [await r.cases.pageOf(7), await r.cases.versioned(7), await r.cases.pageOf(1_000_000)],
      entry: await r.audit.entry(100),
      matching: await r.audit.matching({ entityType: 'user' }, 0, latest!.seq, 10),
    };
    return {
      ports,
      lists,
      found,
      records: await r.cases.recordsAfter(0, 10_000),
      filteredRecords: await r.cases.recordsAfter(0, 10_000, { year: 2024, district: 'Yesil' }),
      summary: await r.cases.get(5),
      stageCounts: await r.cases.stageCounts('2024-01-01', '2024-12-31'),
      latestRegisteredOn: await r.cases.latestRegisteredOn('2024-06-30'),
      earliestRegisteredOn: await r.cases.earliestRegisteredOn(),
      stats,
      pipelines,
      drilled,
      register: await r.monitoring.all(),
      matches: await r.monitoring.matches({}),
      nextKey: await r.monitoring.nextKey(),
      reference: [
        await r.reference.districts(),
        await r.reference.articles(),
        await r.reference.list('platform', true),
      ],
      users: await r.users.list(),
      trail: {
        count: await r.audit.count(),
        latest,
        page: await r.audit.list({ action: 'case.update' }, 0, 20),
        import: await r.audit.countMatching({ importId: 1 }, latest!.seq),
        caseHistory: await r.audit.forEntity('case', '5'),
        facets: await r.audit.facets(),
        named: await r.audit.entitiesNamed('Almaty'),
        verify: await r.audit.verify(),
      },
    };
  });
}

/** The same writes on either engine: reference data, the demo file, an account, and edits of a case. */
async function fill(store: Store) {
  await seedReferenceData(store);
  await fillDemo(store, 'test');
  await store.write('ui:olga', async (tx) => {
    await tx.apply({ entity: 'user', action: 'user.create' }, (w) =>
      w.users.insert({
        login: 'Olga',
        fullName: 'Olga Admin',
        role: 'admin',
        passwordHash: 'x',
        mustChangePassword: false,
        at: clock().toISOString(),
      }),
    );
    await changeCase(
      tx,
      5,
      'case.update',
      (c) => ({
        ...c,
        damageKzt: 250000.5,
        victims: [
          ...c.victims,
          { sex: 'F', birthDate: '1988-02-29', birthYear: null, employment: 'pensioner' },
        ],
      }),
      undefined,
    );
    await changeCase(tx, 9, 'case.update', (c) => ({ ...c, defendants: c.defendants.slice(1) }), undefined);
    const user = (change: string, id: number) => ({ entity: 'user' as const, id, action: `user.${change}` });
    await tx.apply(user('update', 1), (w) =>
      w.users.update(1, { fullName: 'Olga Petrova', role: 'supervisor' }),
    );
    await tx.apply(user('language', 1), (w) => w.users.setLanguage(1, 'kk'));
    await tx.apply(user('password', 1), (w) =>
      w.users.setPassword(1, { passwordHash: 'y', mustChange: true, at: clock().toISOString() }),
    );
    await tx.apply(user('disable', 1), (w) => w.users.setDisabled(1, true));
    await tx.apply({ entity: 'district', id: 2, action: 'district.update' }, (w) =>
      w.reference.update('district', 2, { ru: 'Есиль', kk: 'Есіл', en: null }, false),
    );
    await tx.apply({ entity: 'setting', id: 'review.office', action: 'settings.set' }, (w) =>
      w.settings.set('review.office', 'Прокуратура'),
    );
    await tx.apply({ entity: 'setting', id: 'review.office', action: 'settings.reset' }, (w) =>
      w.settings.remove('review.office'),
    );
    // A register person's notes change, and a case decision is added, the whole person rewritten.
    const person = (await tx.monitoring.record(3))!;
    const decided = {
      registryNumber: (await tx.cases.record(7))!.registryNumber,
      status: 'rejected' as const,
    };
    const changed = { ...person, notes: 'checked', caseLinks: [...person.caseLinks, decided] };
    const districtId =
      changed.district === null ? null : (await tx.reference.ids('district')).get(changed.district)!;
    const linkCaseIds = await Promise.all(
      changed.caseLinks.map(async (l) => (await tx.cases.idByRegistryNumber(l.registryNumber))!),
    );
    await tx.apply({ entity: 'person', id: 3, action: 'person.update' }, (w) =>
      w.monitoring.replace(3, changed, { districtId, linkCaseIds }),
    );
  });
  await store.bookkeep((b) => b.failed(1, 2, null));
  await store.bookkeep((b) => b.succeeded(1, clock().toISOString()));
}

describe('both engines answer the same calls the same way', () => {
  const pgDatabase = usePgDatabase();
  // An import stamps its start with the system clock: both engines' runs must read the same one.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(clock());
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('on the demo data: lists, searches, records, statistics, drill-downs, register and audit trail', async () => {
    const sqlite = openSqliteStore(tempDbPath(), { now: clock });
    const postgres = await openPgStore(pgDatabase(), { now: clock });
    try {
      await fill(sqlite);
      await fill(postgres);
      const expected = await everything(sqlite);
      const actual = await everything(postgres);
      // The fixture is what it says: 2024's extortion reproduces the Astana review, and six fraud and
      // drug cases (two of them forwarded) are registered beside it (backend/services/demo/astana-2024.ts).
      expect(expected.stats[5]!.pipeline).toMatchObject({
        registered: 52,
        forwardedToCourt: 34,
        convictedPersons: 27,
        imprisonedPersons: 11,
      });
      expect(expected.stats[3]!.pipeline).toMatchObject({ registered: 58, forwardedToCourt: 36 });
      // A trend's year counted alone is that year's review's pipeline.
      expect(expected.pipelines).toEqual(expected.stats.map(trendYearOf));
      expect(expected.trail.verify).toMatchObject({ ok: true });
      expect(expected.ports.users).toMatchObject([
        1,
        { fullName: 'Olga Petrova', disabled: true, language: 'kk' },
        { id: 1 },
        0,
      ]);
      expect(expected.ports.person[0]).toMatchObject({ notes: 'checked' });
      expect(expected.ports.versioned).toEqual([
        { version: expected.ports.version, record: expected.ports.record },
        null,
      ]);
      // A case page's reads together are the reads apart; case 7's defendant may be a monitored person.
      expect(expected.ports.caseMatches).not.toEqual([]);
      expect(expected.ports.page).toEqual([
        {
          ...expected.ports.page[1],
          matches: expected.ports.caseMatches,
          registered: expected.ports.caseRegistered,
        },
        expected.ports.page[1],
        null,
      ]);
      // Every list and search finds something (a comparison of empty answers would prove nothing),
      // but the one made of search syntax.
      expect(expected.lists.slice(0, -1).map((page) => page.items.length > 0)).not.toContain(false);
      expect(expected.lists.at(-1)).toMatchObject({ items: [], total: 0 });
      expect(expected.found.map(({ page }) => page.total > 0)).toEqual([
        true,
        true,
        true,
        true,
        true,
        true,
        false,
      ]);
      const citywide = expected.drilled.filter((_, i) => i % 2 === 0);
      expect(citywide.map((page) => (page?.total ?? 0) > 0)).not.toContain(false);
      for (const key of Object.keys(expected) as (keyof typeof expected)[]) {
        expect(actual[key], key).toEqual(expected[key]);
      }
    } finally {
      await sqlite.close();
      await postgres.close();
    }
  });
});

/**
 * Two people, one case: a write made on an older version of a case than the stored one is refused
 * with `StaleVersion`, and nothing of it is kept (neither the change nor its audit entry).
 */
async function conflictRule(store: Store) {
  await seedReferenceData(store);
  const refsOf = async (r: Readers) => ({
    districtId: (await r.reference.ids('district')).get('Almaty')!,
    articleId: (await r.reference.ids('article')).get('194')!,
    platformIds: [],
    tacticIds: [],
  });
  const created = registeredCase('245100031000123', '2024-02-11');
  const id = await store.write('ui:olga', async (tx) => {
    const refs = await refsOf(tx);
    return tx.apply({ entity: 'case', action: 'case.create' }, (w) => w.cases.insertRecord(created, refs));
  });
  const state = () =>
    store.read(async (r) => ({
      version: await r.cases.version(id),
      record: await r.cases.record(id),
      versioned: await r.cases.versioned(id),
      entries: await r.audit.count(),
    }));
  const replace = (record: typeof created, expected?: number) =>
    store.write('ui:dana', async (tx) => {
      const refs = await refsOf(tx);
      return tx.apply({ entity: 'case', id, action: 'case.edit' }, (w) =>
        w.cases.replaceRecord(id, record, refs, expected),
      );
    });
  const atCreation = await state();
  const forwarded = { ...created, forwardedToCourtOn: '2024-05-02' };
  await replace(forwarded, 1);
  const afterFirst = await state();
  const stale = await replace({ ...created, damageKzt: 5000 }, 1).catch((error: unknown) => error);
  const afterStale = await state();
  // The same through the one change path of the screens' edits.
  const staleEdit = await store
    .write('ui:dana', (tx) =>
      changeCase(tx, id, 'case.edit', (c) => ({ ...c, damageKzt: 7000 }), undefined, 1),
    )
    .catch((error: unknown) => error);
  const afterStaleEdit = await state();
  await store.write('ui:olga', (tx) =>
    changeCase(tx, id, 'case.edit', (c) => ({ ...c, damageKzt: 7000 }), undefined, 2),
  );
  // A write that names no version (an import's update) still raises it.
  await replace({ ...forwarded, damageKzt: 9000 });
  const last = await state();
  const trail = await store.read(async (r) => ({
    verify: await r.audit.verify(),
    afterKeys: (await r.audit.forEntity('case', String(id))).map((e) => Object.keys(e.after ?? {}).sort()),
  }));
  return { atCreation, afterFirst, stale, afterStale, staleEdit, afterStaleEdit, last, trail };
}

/**
 * An edit rewrites only the party tables it changes: the parties it leaves as they were keep their rows
 * (and so their ids in the trail's snapshots), on both engines alike, and the trail verifies.
 */
async function partiesKept(store: Store) {
  await seedReferenceData(store);
  const created: CaseRecord = {
    ...registeredCase('245100031000777', '2024-02-11'),
    victims: [{ sex: 'F', birthDate: '1990-01-01', birthYear: null, employment: 'employed' }],
    defendants: [
      {
        personId: null,
        fullName: 'Иванов Иван',
        sex: 'M',
        birthDate: '1985-05-05',
        employment: 'unemployed',
        priorConvictions: 0,
        convictedOn: null,
        acquittedOn: null,
        sentence: null,
      },
    ],
  };
  const create = (record: CaseRecord) =>
    store.write('ui:olga', async (tx) => {
      const refs = await resolveRefs(tx, record);
      return tx.apply({ entity: 'case', action: 'case.create' }, (w) => w.cases.insertRecord(record, refs));
    });
  const id = await create(created);
  // A later case's parties, so a rewritten party's id is a new one on both engines (SQLite would give
  // the highest id again).
  await create({ ...created, registryNumber: '245100031000778' });
  const edit = (version: number, change: (c: CaseRecord) => CaseRecord) =>
    store.write('ui:dana', (tx) => changeCase(tx, id, 'case.edit', change, 'corrected', version));
  await edit(1, (c) => ({ ...c, damageKzt: 5000 }));
  await edit(2, (c) => ({ ...c, victims: [{ ...c.victims[0]!, employment: 'student' }] }));
  await edit(3, (c) => ({ ...c, registeredOn: '2024-02-12' }));
  return store.read(async (r) => ({
    partyIds: (await r.audit.forEntity('case', String(id))).map((e) => {
      const after = e.after as { victims: { id: number }[]; defendants: { id: number }[] };
      return [after.victims.map((v) => v.id), after.defendants.map((d) => d.id)];
    }),
    record: await r.cases.record(id),
    verify: await r.audit.verify(),
  }));
}

/** The same rule for a register person. */
async function personConflictRule(store: Store) {
  const registered: MonitoredPerson = {
    personId: 'M-000001',
    iin: null,
    fullName: 'Аманов Ерлан',
    birthDate: '1988-01-20',
    sex: 'M',
    district: null,
    notes: null,
    convictions: [],
    periods: [],
    caseLinks: [],
  };
  const refs = { districtId: null, linkCaseIds: [] };
  const id = await store.write('ui:olga', (tx) =>
    tx.apply({ entity: 'person', action: 'person.create' }, (w) => w.monitoring.insert(registered, refs)),
  );
  const replace = (notes: string, expected?: number) =>
    store.write('ui:dana', (tx) =>
      tx.apply({ entity: 'person', id, action: 'person.update' }, (w) =>
        w.monitoring.replace(id, { ...registered, notes }, refs, expected),
      ),
    );
  const state = () =>
    store.read(async (r) => ({
      version: await r.monitoring.version(id),
      notes: (await r.monitoring.record(id))!.notes,
      entries: (await r.audit.forEntity('person', String(id))).length,
    }));
  await replace('first', 1);
  const stale = await replace('stale', 1).catch((error: unknown) => error);
  const afterStale = await state();
  await replace('unversioned');
  const verify = await store.read((r) => r.audit.verify());
  return { stale, afterStale, last: await state(), verify };
}

describe('the conflict rule of case and register person writes, on both engines', () => {
  const pgDatabase = usePgDatabase();

  it('refuses a write on an older version and keeps nothing of it; every write raises the version', async () => {
    const sqlite = openSqliteStore(tempDbPath(), { now: clock });
    const postgres = await openPgStore(pgDatabase(), { now: clock });
    try {
      const expected = await conflictRule(sqlite);
      const actual = await conflictRule(postgres);
      expect(expected.atCreation.version).toBe(1);
      expect(expected.afterFirst).toMatchObject({ version: 2, record: { forwardedToCourtOn: '2024-05-02' } });
      expect(expected.stale).toBeInstanceOf(StaleVersion);
      expect(expected.stale).toMatchObject({ entity: 'case', expected: 1 });
      expect(expected.afterStale).toEqual(expected.afterFirst);
      expect(expected.staleEdit).toBeInstanceOf(StaleVersion);
      expect(expected.afterStaleEdit).toEqual(expected.afterFirst);
      expect(expected.last).toMatchObject({ version: 4, record: { damageKzt: 9000 } });
      expect(expected.last.versioned).toEqual({ version: 4, record: expected.last.record });
      expect(expected.last.entries).toBe(expected.afterFirst.entries + 2);
      // The version counts writes; it is no fact of the case, so the trail's snapshots leave it out.
      expect(expected.trail.verify).toMatchObject({ ok: true });
      expect(expected.trail.afterKeys.flat()).not.toContain('version');
      expect(actual.stale).toBeInstanceOf(StaleVersion);
      expect(actual.staleEdit).toBeInstanceOf(StaleVersion);
      const person = await personConflictRule(sqlite);
      expect(person.stale).toBeInstanceOf(StaleVersion);
      expect(person.afterStale).toEqual({ version: 2, notes: 'first', entries: 2 });
      expect(person.last).toEqual({ version: 3, notes: 'unversioned', entries: 3 });
      expect(person.verify).toMatchObject({ ok: true });
      const pgPerson = await personConflictRule(postgres);
      expect(pgPerson.stale).toBeInstanceOf(StaleVersion);
      expect({ ...pgPerson, stale: null }).toEqual({ ...person, stale: null });
      expect({ ...actual, stale: null, staleEdit: null }).toEqual({
        ...expected,
        stale: null,
        staleEdit: null,
      });
    } finally {
      await sqlite.close();
      await postgres.close();
    }
  });
});

describe('an edit of a case on both engines', () => {
  const pgDatabase = usePgDatabase();

  it('rewrites only the party tables it changes, and the trail verifies', async () => {
    const sqlite = openSqliteStore(tempDbPath(), { now: clock });
    const postgres = await openPgStore(pgDatabase(), { now: clock });
    try {
      const expected = await partiesKept(sqlite);
      // Created with victim 1 and defendant 1 (the other case has 2 and 2); the damage and the date
      // leave both; the victim's employment rewrites the victims alone (victim 3).
      expect(expected.partyIds).toEqual([
        [[1], [1]],
        [[1], [1]],
        [[3], [1]],
        [[3], [1]],
      ]);
      expect(expected.record).toMatchObject({
        registeredOn: '2024-02-12',
        damageKzt: 5000,
        victims: [{ employment: 'student' }],
        defendants: [{ fullName: 'Иванов Иван' }],
      });
      expect(expected.verify).toMatchObject({ ok: true });
      expect(await partiesKept(postgres)).toEqual(expected);
    } finally {
      await sqlite.close();
      await postgres.close();
    }
  });
});

/**
 * A register person's event and period recorded by mistake, removed through the one change path of the
 * screens' edits: the stored person, the year's figures read from the store and the trail, per engine.
 */
async function registerCorrections(store: Store) {
  await seedReferenceData(store);
  const id = await store.write('ui:olga', async (tx) =>
    createPerson(
      tx,
      await newPersonRecord(tx, {
        fullName: 'Аманова Динара Ерлановна',
        birthDate: '1990-04-05',
        sex: 'F',
        district: 'Almaty',
      }),
      'person.create',
    ),
  );
  let version = 1;
  const change = async (
    action: string,
    edit: (p: MonitoredPerson) => MonitoredPerson,
    reason?: string,
  ): Promise<void> => {
    await store.write('ui:dana', (tx) => changePerson(tx, id, action, edit, reason, version));
    version += 1;
  };
  const terms = { basis: null, curfew: null, bannedPlaces: null, travel: null, officer: null };
  await change('person.addPeriod', (p) =>
    personEdits.addPeriod(p, {
      version,
      period: {
        ...terms,
        type: 'administrative',
        start: '2025-10-01',
        end: '2026-09-30',
        checkInsPerMonth: 1,
      },
    }),
  );
  await change('person.addPeriod', (p) =>
    personEdits.addPeriod(p, {
      version,
      period: { ...terms, type: 'probation', start: '2025-11-01', end: '2026-04-30', checkInsPerMonth: 1 },
    }),
  );
  for (const [period, on, type] of [
    [0, '2025-10-10', 'attended'],
    [0, '2025-11-12', 'attended'],
    [0, '2025-11-20', 'violation'],
    [0, '2025-12-15', 'attended'],
    [1, '2025-11-14', 'warning'],
  ] as const) {
    await change(`person.event.${type}`, (p) =>
      personEdits.recordEvent(p, { version, period, event: { on, type } }),
    );
  }
  const state = () =>
    store.read(async (r) => ({
      version: await r.monitoring.version(id),
      record: await r.monitoring.record(id),
      year: await monitoringStats(r, calendarScope(2025, null).period, null, '2026-03-02'),
    }));
  const before = await state();
  await change(
    'person.removeEvent',
    (p) => personEdits.removeEvent(p, { version, period: 0, event: 2 }),
    'Recorded on the wrong person',
  );
  await change(
    'person.removePeriod',
    (p) => personEdits.removePeriod(p, { version, index: 1 }),
    'Entered twice',
  );
  const after = await state();
  const trail = await store.read(async (r) => ({
    entries: (await r.audit.forEntity('person', String(id))).map((e) => [e.action, e.reason ?? null]),
    verify: await r.audit.verify(),
  }));
  return { before, after, trail };
}

describe('a correction of a register person on both engines', () => {
  const pgDatabase = usePgDatabase();

  it('removes an event and a period recorded by mistake; the record and the year’s figures follow', async () => {
    const sqlite = openSqliteStore(tempDbPath(), { now: clock });
    const postgres = await openPgStore(pgDatabase(), { now: clock });
    try {
      const expected = await registerCorrections(sqlite);
      // Before: two periods begun in 2025, one violation and one warning; 2025's check-ins due by
      // 31 December are October, November and December of the first period (3, all attended) and
      // November and December of the second (2, none attended).
      expect(expected.before.year).toMatchObject({
        newPeriods: 2,
        violations: 1,
        warnings: 1,
        checkIns: { expected: 5, attended: 3 },
      });
      expect(expected.after.version).toBe(expected.before.version! + 2);
      expect(expected.after.record!.periods).toHaveLength(1);
      expect(expected.after.record!.periods[0]!.events.map((e) => [e.on, e.type])).toEqual([
        ['2025-10-10', 'attended'],
        ['2025-11-12', 'attended'],
        ['2025-12-15', 'attended'],
      ]);
      expect(expected.after.year).toMatchObject({
        newPeriods: 1,
        violations: 0,
        warnings: 0,
        checkIns: { expected: 3, attended: 3 },
      });
      expect(expected.trail.entries.slice(-2)).toEqual([
        ['person.removeEvent', 'Recorded on the wrong person'],
        ['person.removePeriod', 'Entered twice'],
      ]);
      expect(expected.trail.verify).toMatchObject({ ok: true });
      expect(await registerCorrections(postgres)).toEqual(expected);
    } finally {
      await sqlite.close();
      await postgres.close();
    }
  });
});

/**
 * Defendants put on the register from their own case: found by the match rules (the IIN, or name and
 * birth date when either side has none), told apart from a match (another case's person), per engine.
 */
async function registeredFromCase(store: Store) {
  await seedReferenceData(store);
  const convicted = (d: Partial<Defendant> & Pick<Defendant, 'fullName' | 'sex'>): Defendant => ({
    personId: null,
    birthDate: null,
    employment: null,
    priorConvictions: null,
    convictedOn: '2024-06-01',
    acquittedOn: null,
    sentence: null,
    ...d,
  });
  const record: CaseRecord = {
    ...registeredCase('245100031000881', '2024-02-11'),
    forwardedToCourtOn: '2024-04-01',
    defendants: [
      convicted({
        fullName: 'Аманов Ерлан Болатович',
        sex: 'M',
        iin: '880120300123',
        birthDate: '1988-01-20',
      }),
      convicted({ fullName: 'Серікова Айгерім', sex: 'F', birthDate: '1995-07-30' }),
      convicted({ fullName: 'Бекова Дана Маратовна', sex: 'F', birthDate: '1979-02-14' }),
    ],
  };
  const caseId = await store.write('ui:olga', async (tx) => {
    const refs = await resolveRefs(tx, record);
    return tx.apply({ entity: 'case', action: 'case.create' }, (w) => w.cases.insertRecord(record, refs));
  });
  const other = await store.write('ui:olga', async (tx) =>
    createPerson(
      tx,
      await newPersonRecord(tx, { fullName: 'Бекова Дана Маратовна', birthDate: '1979-02-14', sex: 'F' }),
      'person.create',
    ),
  );
  const before = await store.read((r) => r.monitoring.registeredFrom(caseId));
  const register = (index: number) =>
    store.write('ui:dana', async (tx) =>
      createPerson(tx, await personFromDefendant(tx, caseId, index, 'ru'), 'person.fromDefendant'),
    );
  const amanov = await register(0);
  const serikova = await register(1);
  // Registered from this case without an IIN or a register number: found by name and birth date.
  const again = await register(1).catch((error: unknown) => error);
  return store.read(async (r) => ({
    before,
    ids: { amanov, serikova, other },
    again,
    registered: await r.monitoring.registeredFrom(caseId),
    page: await r.cases.pageOf(caseId),
    none: await r.monitoring.registeredFrom(1_000_000),
    persons: (await r.monitoring.all()).length,
  }));
}

describe('the defendants of a case on the register from it, on both engines', () => {
  const pgDatabase = usePgDatabase();

  it('are found by the match rules, never as matches, and are not registered twice', async () => {
    const sqlite = openSqliteStore(tempDbPath(), { now: clock });
    const postgres = await openPgStore(pgDatabase(), { now: clock });
    try {
      const expected = await registeredFromCase(sqlite);
      const { amanov, serikova, other } = expected.ids;
      expect(expected.before).toEqual([]);
      expect(expected.registered).toEqual([
        { defendantIndex: 0, personDbId: amanov, personId: 'M-000002', personName: 'Аманов Ерлан Болатович' },
        { defendantIndex: 1, personDbId: serikova, personId: 'M-000003', personName: 'Серікова Айгерім' },
      ]);
      expect(expected.again).toMatchObject({ code: 'conflict', params: { personId: 'M-000003' } });
      expect(expected.persons).toBe(3);
      // The page reads the same; the third defendant is another person's match, not theirs.
      expect(expected.page!.registered).toEqual(expected.registered);
      expect(expected.page!.matches).toEqual([
        expect.objectContaining({ personDbId: other, defendantIndex: 2, status: 'pending' }),
      ]);
      expect(expected.none).toEqual([]);
      const actual = await registeredFromCase(postgres);
      expect({ ...actual, again: null }).toEqual({ ...expected, again: null });
      expect(actual.again).toMatchObject({ code: 'conflict', params: { personId: 'M-000003' } });
    } finally {
      await sqlite.close();
      await postgres.close();
    }
  });
});
