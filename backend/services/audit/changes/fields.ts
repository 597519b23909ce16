import type { ValueKind } from './values';

/** One stored column as people read it: its label (an i18n key) and how its value is worded. */
export interface FieldSpec {
  column: string;
  label: string;
  kind: ValueKind;
}

/**
 * The columns of each audited record people see, in the order the screens show them. Every other
 * column is internal (ids, positions, owner ids, derived copies) and never shown; `HIDDEN` names them,
 * so a column added later shows up in the tests until someone decides which it is.
 */
type Specs = readonly FieldSpec[];

const f = (column: string, label: string, kind: ValueKind): FieldSpec => ({ column, label, kind });

const sex = f('sex', 'caseView.field.sex', { term: 'caseView.sex.' });
const employment = f('employment', 'caseView.field.employment', { term: 'caseView.employment.' });

export const caseFields: Specs = [
  f('registry_number', 'cases.field.registryNumber', 'text'),
  f('article_id', 'cases.field.article', { reference: 'article' }),
  f('part', 'cases.field.part', 'text'),
  f('district_id', 'cases.field.district', { reference: 'district' }),
  f('registered_on', 'caseView.field.registeredOn', 'date'),
  f('forwarded_to_court_on', 'caseView.field.forwardedToCourtOn', 'date'),
  f('closed_on', 'caseView.field.closedOn', 'date'),
  f('closed_reason', 'caseView.field.closedReason', { term: 'caseView.closedReason.' }),
  f('stage', 'cases.field.stage', { term: 'cases.stage.' }),
  f('group_crime', 'caseView.field.groupCrime', 'yesNo'),
  f('damage_kzt', 'history.field.damageKzt', 'number'),
  f('platforms', 'caseView.field.platforms', { references: 'platform' }),
  f('tactics', 'caseView.field.tactics', { references: 'tactic' }),
];

export const victimFields: Specs = [
  sex,
  f('birth_date', 'caseView.field.birthDate', 'date'),
  // A year is a name for a time, not an amount: never written with a thousands separator.
  f('birth_year', 'caseView.field.birthYear', 'text'),
  employment,
];

export const defendantFields: Specs = [
  f('full_name', 'caseView.field.fullName', 'text'),
  f('person_id', 'caseView.field.personId', 'text'),
  f('iin', 'caseView.field.iin', 'text'),
  sex,
  f('birth_date', 'caseView.field.birthDate', 'date'),
  employment,
  f('prior_convictions', 'caseView.field.priorConvictions', 'number'),
  f('convicted_on', 'caseView.field.convictedOn', 'date'),
  f('acquitted_on', 'caseView.field.acquittedOn', 'date'),
  f('sentence_type', 'caseView.field.sentenceType', { term: 'caseView.sentenceType.' }),
  f('sentence_years', 'history.field.sentenceYears', 'number'),
  f('sentence_months', 'history.field.sentenceMonths', 'number'),
  f('sentence_fine_kzt', 'history.field.fineKzt', 'number'),
  f('sentenced_on', 'caseView.field.sentenceOn', 'date'),
];

export const personFields: Specs = [
  f('person_key', 'monitoring.field.personId', 'text'),
  f('full_name', 'monitoring.field.fullName', 'text'),
  f('iin', 'monitoring.field.iin', 'text'),
  f('birth_date', 'monitoring.field.birthDate', 'date'),
  sex,
  f('district_id', 'monitoring.field.district', { reference: 'district' }),
  f('notes', 'monitoring.field.notes', 'text'),
];

export const convictionFields: Specs = [
  f('article', 'monitoring.conviction.article', 'text'),
  f('part', 'monitoring.conviction.part', 'text'),
  f('court_date', 'monitoring.conviction.courtDate', 'date'),
  f('sentence', 'monitoring.conviction.sentence', 'text'),
  f('released_on', 'monitoring.conviction.releasedOn', 'date'),
  f('registry_number', 'monitoring.conviction.registryNumber', 'text'),
];

export const periodFields: Specs = [
  f('type', 'monitoring.period.type', { term: 'monitoring.supervisionType.' }),
  f('basis', 'monitoring.period.basis', 'text'),
  f('start_on', 'monitoring.period.start', 'date'),
  f('end_on', 'monitoring.period.end', 'date'),
  f('check_ins_per_month', 'monitoring.period.checkInsPerMonth', 'number'),
  f('curfew', 'monitoring.period.curfew', 'text'),
  f('banned_places', 'monitoring.period.bannedPlaces', 'text'),
  f('travel', 'monitoring.period.travel', 'text'),
  f('officer', 'monitoring.period.officer', 'text'),
];

export const eventFields: Specs = [
  f('on_date', 'monitoring.event.on', 'date'),
  f('type', 'monitoring.event.type', { term: 'monitoring.eventType.' }),
  f('until', 'monitoring.event.until', 'date'),
  f('description', 'monitoring.event.description', 'text'),
];

export const caseLinkFields: Specs = [f('status', 'history.field.decision', { term: 'history.value.link.' })];

export const userFields: Specs = [
  f('login', 'history.field.user.login', 'text'),
  f('full_name', 'history.field.user.fullName', 'text'),
  f('role', 'history.field.user.role', { term: 'auth.role.' }),
  f('disabled', 'history.field.user.disabled', 'yesNo'),
  f('must_change_password', 'history.field.user.mustChangePassword', 'yesNo'),
  f('language', 'history.field.user.language', { term: 'language.' }),
];

const labels = (prefix: string): Specs => [
  f(`${prefix}_ru`, 'reference.label.ru', 'text'),
  f(`${prefix}_kk`, 'reference.label.kk', 'text'),
  f(`${prefix}_en`, 'reference.label.en', 'text'),
];
const active = f('active', 'history.field.active', 'yesNo');

export const referenceFields = {
  district: [f('name', 'reference.name', 'text'), ...labels('label'), active],
  platform: [f('name', 'reference.name', 'text'), ...labels('label'), active],
  tactic: [f('name', 'reference.name', 'text'), ...labels('label'), active],
  article: [f('code', 'reference.code', 'text'), ...labels('title'), active],
} satisfies Record<string, Specs>;

export const importFields: Specs = [
  f('file_name', 'history.field.import.fileName', 'text'),
  f('mode', 'history.field.import.mode', { term: 'history.value.importMode.' }),
];

/** Internal columns of each record: never shown (they say nothing a person recorded). */
export const HIDDEN = {
  case: ['id', 'victims', 'defendants'],
  victim: ['id', 'case_id', 'position'],
  defendant: ['id', 'case_id', 'position'],
  person: ['id', 'convictions', 'periods', 'events', 'caseLinks'],
  conviction: ['person_id', 'position'],
  period: ['person_id', 'position'],
  event: ['person_id', 'period_position', 'position'],
  caseLink: ['person_id', 'position', 'case_id'],
  // The password itself is never in the trail; its change time is worded as "password changed".
  user: ['id', 'created_at', 'password_changed_at'],
  reference: ['id'],
  import: ['id', 'started_at'],
} as const;
