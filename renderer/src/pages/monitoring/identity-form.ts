import type { Dayjs } from 'dayjs';
import type { Sex } from '../../../../shared/domain/case-record';
import { checkIin } from '../../../../shared/domain/iin';
import type { PersonIdentity } from '../../../../shared/domain/monitoring';
import { checkIdentity } from '../../../../shared/domain/monitoring-rules';
import type { RuleIssue } from '../../../../shared/domain/pipeline';
import { fromIsoDate, textOrNull, toIsoDate } from '../../components/case/form-rules';

/** What the identity form's controls hold. */
export interface IdentityValues {
  fullName?: string;
  iin?: string;
  birthDate?: Dayjs | null;
  sex?: Sex;
  district?: string | null;
  notes?: string;
  personId?: string;
  reason?: string;
}

export const identityFields = [
  'fullName',
  'iin',
  'birthDate',
  'sex',
  'district',
  'notes',
  'personId',
  'reason',
] as const;
export type IdentityField = (typeof identityFields)[number];

/** Names and numbers lose stray spaces, which nobody means to type; an empty box is "not recorded". */
const trimmedOrNull = (value: string | undefined): string | null => textOrNull(value?.trim());

/** The identity as the API takes it; a new person without a register number is given the next one. */
export function toIdentity(values: IdentityValues) {
  const personId = trimmedOrNull(values.personId);
  return {
    ...(personId !== null ? { personId } : {}),
    fullName: values.fullName?.trim() ?? '',
    iin: trimmedOrNull(values.iin),
    birthDate: toIsoDate(values.birthDate) ?? '',
    sex: values.sex ?? 'M',
    district: values.district ?? null,
    notes: textOrNull(values.notes),
  };
}

export const identityValues = (p: PersonIdentity): IdentityValues => ({
  fullName: p.fullName,
  iin: p.iin ?? undefined,
  birthDate: fromIsoDate(p.birthDate),
  sex: p.sex,
  district: p.district,
  notes: p.notes ?? undefined,
  personId: p.personId,
});

/**
 * What a valid IIN tells about the fields still empty: its birth date and sex. Fields already filled
 * are left alone (a disagreement is the IIN field's error to show, not something to overwrite).
 */
export function iinPrefill(values: IdentityValues): Pick<IdentityValues, 'birthDate' | 'sex'> {
  const check = checkIin(values.iin?.trim() ?? '');
  if (!check.ok) return {};
  return {
    ...(toIsoDate(values.birthDate) === null ? { birthDate: fromIsoDate(check.facts.birthDate) } : {}),
    ...(values.sex === undefined ? { sex: check.facts.sex } : {}),
  };
}

/** What is wrong with a typed IIN, alone or beside the typed birth date and sex (the backend's own rule). */
export function iinError(values: IdentityValues): Pick<RuleIssue, 'key' | 'params'> | null {
  const iin = values.iin?.trim() ?? '';
  if (iin === '') return null;
  const check = checkIin(iin);
  if (!check.ok) return { key: `errors.iin.${check.problem}` };
  const [issue] = checkIdentity({
    personId: '',
    iin,
    fullName: '',
    birthDate: toIsoDate(values.birthDate) ?? check.facts.birthDate,
    sex: values.sex ?? check.facts.sex,
    district: null,
    notes: null,
  });
  return issue ?? null;
}
