import type { CaseFilters, CaseSummary, Page } from '../shared/domain/case';
import type { CaseRecord } from '../shared/domain/case-record';
import type { Article, District, Labels, ReferenceItem, ReferenceKind } from '../shared/domain/reference';
import type { MonitoredPerson } from '../shared/domain/monitoring';
import type { CaseMatch, RegisteredDefendant } from '../shared/domain/monitoring-api';
import type { CaseDrillPage, CaseStats, DrillRequest, TrendYear } from '../shared/domain/stats';
import type { Language } from '../shared/domain/fields';
import type { Role } from '../shared/domain/accounts';
import type { SignInEvent, SignInJournalEntry } from '../shared/domain/sign-in-journal';
import type { AuditEntry, TrailAnchor, VerifyReport } from './audit/types';
import type { EntityType } from './audit/entities';
import type { ChangeListener } from './changes';

/*
 * The storage interfaces handlers see. Every method returns a promise so that a second engine
 * (PostgreSQL for offices sharing one database) can implement them without touching handlers.
 */

export interface CaseQuery extends Omit<CaseFilters, 'deadline'> {
  page: number;
  pageSize: number;
  sort: 'registeredOn' | 'registryNumber' | 'district' | 'stage';
  order: 'asc' | 'desc';
  /** Open investigations registered within [from, to]: how overdue / due-soon filters reach SQL. */
  registeredBetween?: [string, string];
}

/** The filtering part of a list query (export of the filtered list uses it too). */
export type CaseFilterQuery = Omit<CaseQuery, 'page' | 'pageSize' | 'sort' | 'order'>;

/** A list row as stored; the API adds the deadline status, which depends on today and settings. */
export type CaseRow = Omit<CaseSummary, 'deadline'>;

export interface CaseReader {
  list(query: CaseQuery): Promise<Page<CaseRow>>;
  get(id: number): Promise<CaseRow | null>;
  /** Cases per stage among those registered in [from, to]. */
  stageCounts(from: string, to: string): Promise<Record<string, number>>;
  /** The latest registration date not after `until`, or null when no case is registered by then. */
  latestRegisteredOn(until: string): Promise<string | null>;
  /** The earliest registration date, or null when no case is registered. */
  earliestRegisteredOn(): Promise<string | null>;
  idByRegistryNumber(registryNumber: string): Promise<number | null>;
  record(id: number): Promise<CaseRecord | null>;
  /** The case's version: 1 when created, one more with every write of it; null when there is no such case. */
  version(id: number): Promise<number | null>;
  /**
   * The record and the version it is at, read together (one statement on PostgreSQL): what a case page
   * shows and an edit made on it carries back. In a write, the record the change starts from: on
   * PostgreSQL read under the case's lock, held to the commit, so nothing else changes it meanwhile.
   */
  versioned(id: number): Promise<{ version: number; record: CaseRecord } | null>;
  /**
   * All a case page shows from the store, read together (one statement on PostgreSQL, where a page's
   * statements are most of its cost): the record at its version, the monitored persons its
   * defendants may be (MonitoringReader.matches of the case) and those they are from this case
   * (MonitoringReader.registeredFrom).
   */
  pageOf(id: number): Promise<CasePage | null>;
  /** A page of full records in id order after `afterId` (export, whole-database passes). */
  recordsAfter(
    afterId: number,
    limit: number,
    filter?: CaseFilterQuery,
  ): Promise<{ id: number; record: CaseRecord }[]>;
  /** Ids of the registry numbers already present, for conflict checks on import. */
  existingRegistryNumbers(numbers: string[]): Promise<Map<string, number>>;
}

/** Reference ids a case record points at, resolved (and created if need be) by the caller. */
export interface CaseRefs {
  districtId: number;
  articleId: number;
  platformIds: number[];
  tacticIds: number[];
}

export interface CaseWriter {
  insertRecord(record: CaseRecord, refs: CaseRefs): Promise<number>;
  /** Inserts many cases at once (an import's), giving the ids one insertRecord after another would. */
  insertRecords(items: { record: CaseRecord; refs: CaseRefs }[]): Promise<number[]>;
  /**
   * Replaces a case whole and raises its version. With `expectedVersion`, only while the case is still
   * at that version (compare-and-set); otherwise it throws `StaleVersion` and writes nothing.
   */
  replaceRecord(id: number, record: CaseRecord, refs: CaseRefs, expectedVersion?: number): Promise<number>;
}

export type { ReferenceKind };

export interface ReferenceReader {
  districts(): Promise<District[]>;
  articles(): Promise<Article[]>;
  /**
   * Name (or article code) → id, for every value of one kind, active or not. Given `needed`, the names
   * a write is about to use, a store may answer with a map it read before that holds every one of them
   * (a value's name and id never change once committed, and none is deleted), which may then lack
   * values added since.
   */
  ids(kind: ReferenceKind, needed?: readonly string[]): Promise<Map<string, number>>;
  list(kind: ReferenceKind, includeInactive: boolean): Promise<ReferenceItem[]>;
  get(kind: ReferenceKind, id: number): Promise<ReferenceItem | null>;
}

export interface ReferenceWriter {
  /** Creates a value; one met first in an imported file has no labels yet. */
  create(kind: ReferenceKind, name: string, labels: Labels, active: boolean): Promise<number>;
  update(kind: ReferenceKind, id: number, labels: Labels, active: boolean): Promise<number>;
}

export interface SettingsReader {
  /**
   * On PostgreSQL, outside a write, from the server's memory until a setting's change is announced
   * (db/postgres/settings-cache.ts); inside a write, and on SQLite, from the database.
   */
  get(key: string): Promise<string | null>;
}

export interface SettingsWriter {
  set(key: string, value: string): Promise<string>;
  /** Forgets a setting, so it reads as its default again. */
  remove(key: string): Promise<string>;
}

/** The Audit screen's filter as SQL takes it: times as ISO moments, a named entity already resolved. */
export interface AuditQuery {
  actor?: string;
  /** Entries at or after this moment… */
  since?: string;
  /** …and before this one. */
  until?: string;
  action?: string;
  entityType?: EntityType;
  /** Any of these entities; an empty list matches nothing. */
  entities?: EntityKey[];
  importId?: number;
}

export interface EntityKey {
  type: EntityType;
  id: string;
}

export interface AuditReader {
  /** The full check of `audit verify`; with an anchor, also whether the trail still holds that head. */
  verify(anchor?: TrailAnchor): Promise<VerifyReport>;
  /** One page of the matching entries, newest first, and how many match. */
  list(query: AuditQuery, offset: number, limit: number): Promise<{ entries: AuditEntry[]; total: number }>;
  /** How many entries up to `upToSeq` match. */
  countMatching(query: AuditQuery, upToSeq: number): Promise<number>;
  /** Up to `limit` matching entries after `afterSeq` and up to `upToSeq`, oldest first (exports read in batches). */
  matching(query: AuditQuery, afterSeq: number, upToSeq: number, limit: number): Promise<AuditEntry[]>;
  /** Every actor and every action the trail holds, for the filters. */
  facets(): Promise<{ actors: string[]; actions: string[] }>;
  /**
   * The entities someone may mean by `text`: the one with that id, or the one named so (registry
   * number, register number, login, reference name or article code, setting key, import file name).
   */
  entitiesNamed(text: string, type?: EntityType): Promise<EntityKey[]>;
  count(): Promise<number>;
  forEntity(type: EntityType, id: string): Promise<AuditEntry[]>;
  entry(seq: number): Promise<AuditEntry | null>;
  /** The head of the chain (the latest entry), null while the trail is empty. */
  latest(): Promise<{ seq: number; hash: string; at: string } | null>;
}

/** An account as stored, hash and sign-in bookkeeping included: for the backend's eyes only. */
export interface UserAccount {
  id: number;
  login: string;
  fullName: string;
  role: Role;
  passwordHash: string;
  mustChangePassword: boolean;
  disabled: boolean;
  language: Language | null;
  createdAt: string;
  passwordChangedAt: string;
  failedAttempts: number;
  lockedUntil: string | null;
  lastLoginAt: string | null;
}

export interface NewUser {
  login: string;
  fullName: string;
  role: Role;
  passwordHash: string;
  mustChangePassword: boolean;
  at: string;
}

export interface UserReader {
  count(): Promise<number>;
  byId(id: number): Promise<UserAccount | null>;
  /** Logins compare ignoring letter case. */
  byLogin(login: string): Promise<UserAccount | null>;
  list(): Promise<UserAccount[]>;
  activeAdmins(): Promise<number>;
}

export interface UserWriter {
  insert(user: NewUser): Promise<number>;
  update(id: number, fields: { fullName: string; role: Role }): Promise<number>;
  setDisabled(id: number, disabled: boolean): Promise<number>;
  setPassword(id: number, change: { passwordHash: string; mustChange: boolean; at: string }): Promise<number>;
  setLanguage(id: number, language: Language): Promise<number>;
}

/**
 * Failed attempts, lockouts and last sign-in: written on every sign-in, outside the audit trail
 * (the user snapshot leaves these columns out), so a wrong password does not grow the chain.
 */
export interface SignInBookkeeping {
  failed(id: number, attempts: number, lockedUntil: string | null): void;
  succeeded(id: number, at: string): void;
  /** Adds an attempt to the sign-in journal, removing the oldest beyond SIGN_IN_JOURNAL_CAP. */
  journal(event: SignInEvent): void;
}

/** The sign-in journal (shared/domain/sign-in-journal.ts), newest first. */
export interface SignInJournalReader {
  page(offset: number, limit: number): Promise<{ entries: SignInJournalEntry[]; total: number }>;
}

export interface ImportWriter {
  insert(run: { fileName: string | null; mode: string; startedAt: string }): Promise<number>;
}

/** What a case page shows from the store (CaseReader.pageOf). */
export interface CasePage {
  version: number;
  record: CaseRecord;
  matches: CaseMatch[];
  registered: RegisteredDefendant[];
}

/** Which matches to find: one person's, one case's, or (neither given) the whole register's. */
export interface MatchScope {
  personDbId?: number;
  caseId?: number;
}

export interface MonitoringReader {
  record(id: number): Promise<MonitoredPerson | null>;
  /** The person's version: 1 when registered, one more with every write; null when there is no such person. */
  version(id: number): Promise<number | null>;
  /** The whole register in id order (thousands of persons, read at once for lists and the overview). */
  all(): Promise<{ id: number; record: MonitoredPerson }[]>;
  idByKey(personKey: string): Promise<number | null>;
  idByIin(iin: string): Promise<number | null>;
  /** The next free register number (`M-000001`, …). */
  nextKey(): Promise<string>;
  matches(scope: MatchScope): Promise<CaseMatch[]>;
  /** The case's defendants on the register from its own conviction, by defendant then person. */
  registeredFrom(caseId: number): Promise<RegisteredDefendant[]>;
}

/** Ids a person record points at, resolved by the caller: its district, and each case link's case. */
export interface PersonRefs {
  districtId: number | null;
  linkCaseIds: number[];
}

export interface MonitoringWriter {
  insert(record: MonitoredPerson, refs: PersonRefs): Promise<number>;
  /** Replaces a person whole and raises the version; `expectedVersion` as CaseWriter.replaceRecord's. */
  replace(id: number, record: MonitoredPerson, refs: PersonRefs, expectedVersion?: number): Promise<number>;
}

/** A district chosen for statistics, resolved from its name. */
export interface StatsDistrict {
  id: number;
  name: string;
}

/** Days counted, both ends included (YYYY-MM-DD). */
export interface StatsDays {
  from: string;
  to: string;
}

/**
 * What one review counts, resolved from its query (backend/services/stats-scope.ts): its days, the
 * same days a year before (the figures compare with them), the district and the articles.
 */
export interface StatsScope {
  /** The review's year: the JSON's `year`; the period ends in it. */
  year: number;
  period: StatsDays;
  previous: StatsDays;
  district: StatsDistrict | null;
  /** The articles whose cases are counted, sorted; null: every case, whatever its article. */
  articles: readonly string[] | null;
}

export interface StatsReader {
  annual(scope: StatsScope): Promise<CaseStats>;
  /**
   * The pipeline's figures of `scope` alone, counted as `annual` counts them: what a trend needs of
   * each earlier year, without the profiles, shares and districts it would throw away.
   */
  pipeline(scope: StatsScope): Promise<TrendYear>;
  /** The rows behind one figure of the cases; null when the figure does not know the key. */
  drill(query: DrillRequest, scope: StatsScope): Promise<CaseDrillPage | null>;
  /**
   * Charts of the review drawn earlier, as SVG by their key (a hash of what they draw, so a key never
   * names another drawing): those of `keys` the store kept.
   */
  keptCharts(keys: readonly string[]): Promise<Record<string, string>>;
  /** Keeps drawn charts for the next process to print a review; a store may keep none. */
  keepCharts(charts: Record<string, string>): Promise<void>;
}

export interface Readers {
  cases: CaseReader;
  stats: StatsReader;
  monitoring: MonitoringReader;
  reference: ReferenceReader;
  settings: SettingsReader;
  audit: AuditReader;
  users: UserReader;
  signIns: SignInJournalReader;
}

export interface Writers {
  cases: CaseWriter;
  monitoring: MonitoringWriter;
  reference: ReferenceWriter;
  settings: SettingsWriter;
  users: UserWriter;
  imports: ImportWriter;
}

export interface Change {
  entity: EntityType;
  /** The entity changed; omitted when the mutation creates it (its id is what `mutate` returns). */
  id?: string | number;
  action: string;
  /** Why a recorded fact was corrected; kept in the trail. */
  reason?: string;
  /** The import this change is part of. */
  importId?: number;
}

/** Inside a write: readers see the uncommitted state; writers are reachable only through `apply`. */
export interface WriteTx extends Readers {
  /** The office's date when the transaction began (`YYYY-MM-DD`): no event may be recorded after it. */
  readonly today: string;
  /** Applies one change and appends its audit entry (before → after) in the same transaction. */
  apply<Id extends string | number>(change: Change, mutate: (w: Writers) => Promise<Id>): Promise<Id>;
  /**
   * Applies many changes made by one mutation (which returns their ids in the changes' order), each with
   * its own entry, the same entries in the same order as `apply` one change after another; an engine
   * that talks to a server reads and appends them in a few round trips for all (an import's cases).
   */
  applyEach<Id extends string | number>(
    changes: Change[],
    mutate: (w: Writers) => Promise<Id[]>,
  ): Promise<Id[]>;
}

/** One signed-in session, as the dispatcher sees it. */
export interface Session {
  /** The token the client holds; kept by the session store only as a hash when it is a database. */
  readonly token: string;
  userId: number;
  /** Last call that was not a poll of a running job: what the idle lock measures from (ms since epoch). */
  lastActivity: number;
  locked: boolean;
}

/** A session and the account it was opened for (null once the account is gone), read together. */
export interface SessionWithUser {
  session: Session;
  user: UserAccount | null;
}

/**
 * Signed-in sessions by token. A desktop keeps them in its process's memory (backend/auth/sessions.ts);
 * an office on PostgreSQL keeps them in its database, so any of its servers answers any client and a
 * sign-out or a disabled user ends the session on all of them.
 */
export interface SessionStore {
  open(userId: number): Promise<string>;
  /** The session behind a token, locked first if it has been idle longer than `idleMinutes`. */
  find(token: string | undefined, idleMinutes: number): Promise<Session | null>;
  /**
   * `find`, and the session's user with it: what every call checks, so on PostgreSQL one statement
   * instead of two round trips.
   */
  findWithUser(token: string | undefined, idleMinutes: number): Promise<SessionWithUser | null>;
  touch(session: Session): Promise<void>;
  lock(session: Session): Promise<void>;
  unlock(session: Session): Promise<void>;
  close(token: string): Promise<void>;
  /** Ends every session of a user (disabled, password reset, role changed), except `except`. */
  closeAllOf(userId: number, except?: string): Promise<void>;
}

export interface Store {
  readonly schemaVersion: number;
  readonly path: string;
  /** The office's date on the store's clock (`YYYY-MM-DD`), the "today" of the date rules. */
  today(): string;
  read<T>(fn: (r: Readers) => Promise<T>): Promise<T>;
  /** One transaction; everything inside commits together or not at all. */
  write<T>(actor: string, fn: (tx: WriteTx) => Promise<T>): Promise<T>;
  /**
   * Hears every committed write (this process's and, on PostgreSQL, every server's): one event per
   * audit entry, after its transaction commits; a rolled-back write is never announced. Resolves, with
   * the way to stop listening, once nothing committed from then on can be missed.
   */
  subscribe(listener: ChangeListener): Promise<() => void>;
  /** Sign-in bookkeeping, serialised with the writes. */
  bookkeep<T>(fn: (b: SignInBookkeeping) => T): Promise<T>;
  /**
   * Sessions kept in the database, for an engine several servers share (PostgreSQL); absent on one PC,
   * where the backend keeps them in memory and nothing that grants access is written to disk.
   */
  sessions?(now: () => Date): SessionStore;
  close(): Promise<void>;
}
