import type { CaseRecord, Defendant, Victim } from '../shared/domain/case-record';
import { comparableName } from '../shared/domain/person-match';
import { stageOfCase } from '../shared/domain/pipeline';
import type { Stage } from '../shared/domain/case';
import type { CaseRefs, CaseRow as ListedCase } from './ports';

/*
 * A case record as rows of the schema both engines share (db/sqlite, db/postgres): the rows read,
 * how they become a record, and the columns a record is written as. Only the reading and writing
 * differ between the engines.
 */

export interface CaseRow {
  id: number;
  registry_number: string;
  article: string;
  part: string | null;
  district: string;
  registered_on: string;
  forwarded_to_court_on: string | null;
  closed_on: string | null;
  closed_reason: CaseRecord['closedReason'];
  group_crime: number;
  damage_kzt: number | null;
}

export interface VictimRow {
  case_id: number;
  sex: Victim['sex'];
  birth_date: string | null;
  birth_year: number | null;
  employment: Victim['employment'];
}

export interface DefendantRow {
  case_id: number;
  person_id: string | null;
  iin: string | null;
  full_name: string | null;
  sex: Defendant['sex'];
  birth_date: string | null;
  employment: Defendant['employment'];
  prior_convictions: number | null;
  convicted_on: string | null;
  acquitted_on: string | null;
  sentence_type: NonNullable<Defendant['sentence']>['type'] | null;
  sentence_years: number | null;
  sentence_months: number | null;
  sentence_fine_kzt: number | null;
  sentenced_on: string | null;
}

export const CASE_SELECT = `
  SELECT c.id, c.registry_number, a.code AS article, c.part, d.name AS district, c.registered_on,
         c.forwarded_to_court_on, c.closed_on, c.closed_reason, c.group_crime, c.damage_kzt
  FROM cases c JOIN districts d ON d.id = c.district_id JOIN articles a ON a.id = c.article_id`;

const toVictim = (r: VictimRow): Victim => ({
  sex: r.sex,
  birthDate: r.birth_date,
  birthYear: r.birth_year,
  employment: r.employment,
});

const toDefendant = (r: DefendantRow): Defendant => ({
  personId: r.person_id,
  ...(r.iin === null ? {} : { iin: r.iin }),
  fullName: r.full_name,
  sex: r.sex,
  birthDate: r.birth_date,
  employment: r.employment,
  priorConvictions: r.prior_convictions,
  convictedOn: r.convicted_on,
  acquittedOn: r.acquitted_on,
  sentence:
    r.sentence_type === null || r.sentenced_on === null
      ? null
      : {
          type: r.sentence_type,
          years: r.sentence_years,
          months: r.sentence_months,
          fineKzt: r.sentence_fine_kzt,
          on: r.sentenced_on,
        },
});

/** Rows of a child table by their case. */
export function groupByCase<T extends { case_id: number }>(rows: T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const list = map.get(row.case_id);
    if (list) list.push(row);
    else map.set(row.case_id, [row]);
  }
  return map;
}

/** The children of some cases, each grouped by case (groupByCase). */
export interface CaseChildren {
  victims: Map<number, VictimRow[]>;
  defendants: Map<number, DefendantRow[]>;
  platforms: Map<number, { name: string }[]>;
  tactics: Map<number, { name: string }[]>;
}

/** Whole records of case rows and their children, in the rows' order. */
export function assembleRecords(
  rows: CaseRow[],
  { victims, defendants, platforms, tactics }: CaseChildren,
): { id: number; record: CaseRecord }[] {
  return rows.map((r) => ({
    id: r.id,
    record: {
      registryNumber: r.registry_number,
      article: r.article,
      part: r.part,
      district: r.district,
      registeredOn: r.registered_on,
      forwardedToCourtOn: r.forwarded_to_court_on,
      closedOn: r.closed_on,
      closedReason: r.closed_reason,
      groupCrime: r.group_crime === 1,
      platforms: (platforms.get(r.id) ?? []).map((p) => p.name),
      tactics: (tactics.get(r.id) ?? []).map((t) => t.name),
      damageKzt: r.damage_kzt,
      victims: (victims.get(r.id) ?? []).map(toVictim),
      defendants: (defendants.get(r.id) ?? []).map(toDefendant),
    },
  }));
}

/** A case's own columns, in the order the engines' INSERT and UPDATE statements name them. */
export const caseColumns = (record: CaseRecord, refs: CaseRefs) => [
  record.registryNumber,
  refs.articleId,
  record.part,
  refs.districtId,
  record.registeredOn,
  record.forwardedToCourtOn,
  record.closedOn,
  record.closedReason,
  record.groupCrime ? 1 : 0,
  record.damageKzt,
  stageOfCase(record),
];

/** A case as the list reads it, its defendants' names in position order (each engine aggregates them). */
export interface SummaryRow {
  id: number;
  registry_number: string;
  article: string;
  part: string | null;
  district: string;
  registered_on: string;
  forwarded_to_court_on: string | null;
  closed_on: string | null;
  stage: Stage;
  defendants: string[];
}

export const listedCase = (r: SummaryRow): ListedCase => ({
  id: r.id,
  registryNumber: r.registry_number,
  article: r.article,
  part: r.part,
  district: r.district,
  registeredOn: r.registered_on,
  forwardedToCourtOn: r.forwarded_to_court_on,
  closedOn: r.closed_on,
  stage: r.stage,
  defendants: r.defendants,
});

/** The tables of a case's parties and links, which a write of the case rewrites. */
export const PARTY_TABLES = ['victims', 'defendants', 'case_platforms', 'case_tactics'] as const;
export type PartyTable = (typeof PARTY_TABLES)[number];
export type PartyRows = Record<PartyTable, Record<string, unknown>[]>;

/**
 * The rows a record's parties and links are stored as, by table, in position order: the columns both
 * engines' INSERTs write (ids aside, which the engine gives; derived copies aside, which triggers keep).
 */
export function partyRowsOf(caseId: number, record: CaseRecord, refs: CaseRefs): PartyRows {
  return {
    victims: record.victims.map((v, i) => ({
      case_id: caseId,
      position: i,
      sex: v.sex,
      birth_date: v.birthDate,
      birth_year: v.birthYear,
      employment: v.employment,
    })),
    defendants: record.defendants.map((d, i) => ({
      case_id: caseId,
      position: i,
      person_id: d.personId,
      full_name: d.fullName,
      sex: d.sex,
      birth_date: d.birthDate,
      employment: d.employment,
      prior_convictions: d.priorConvictions,
      convicted_on: d.convictedOn,
      acquitted_on: d.acquittedOn,
      sentence_type: d.sentence?.type ?? null,
      sentence_years: d.sentence?.years ?? null,
      sentence_months: d.sentence?.months ?? null,
      sentence_fine_kzt: d.sentence?.fineKzt ?? null,
      sentenced_on: d.sentence?.on ?? null,
      iin: d.iin ?? null,
      name_key: d.fullName ? comparableName(d.fullName) : null,
    })),
    case_platforms: refs.platformIds.map((id, i) => ({ case_id: caseId, position: i, platform_id: id })),
    case_tactics: refs.tacticIds.map((id, i) => ({ case_id: caseId, position: i, tactic_id: id })),
  };
}

/**
 * Whether the stored rows of a party table (in position order) already hold every written column's
 * value of `wanted`: an edit that leaves a case's parties as they are (its damage, a date) then
 * rewrites only the case row, and the parties keep their ids. Any difference rewrites the table.
 */
export function sameParties(stored: Record<string, unknown>[], wanted: Record<string, unknown>[]): boolean {
  return (
    stored.length === wanted.length &&
    wanted.every((row, i) => Object.entries(row).every(([column, value]) => stored[i]![column] === value))
  );
}
