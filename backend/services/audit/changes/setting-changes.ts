import type { ChangePart, ChangeValue, FieldChange } from '../../../../shared/domain/audit-view';
import { languages } from '../../../../shared/domain/fields';
import { reportTextFields } from '../../../../shared/domain/report';
import type { Row } from './records';
import { valuesOf, type ChangeLookup, type ValueKind } from './values';

interface SettingSpec {
  label: string;
  kind: ValueKind;
  part?: ChangePart;
  /** A setting never saved reads as its default; only the seed mark simply appears. */
  hasDefault: boolean;
}

/** Settings as people know them: by what they set, never by their storage key. */
const KNOWN: Record<string, SettingSpec> = {
  'ui.language': { label: 'settings.language', kind: { term: 'language.' }, hasDefault: true },
  'cases.investigationDays': {
    label: 'history.field.setting.investigationDays',
    kind: 'number',
    hasDefault: true,
  },
  'security.idleMinutes': { label: 'history.field.setting.idleMinutes', kind: 'number', hasDefault: true },
  'seed.reference.v1': { label: 'history.field.setting.referenceSeeded', kind: 'yesNo', hasDefault: false },
  'report.issueDate': {
    label: 'reportSettings.issueDate',
    kind: 'date',
    part: { kind: 'review', position: 1, label: null },
    hasDefault: true,
  },
};

function specOf(key: string): SettingSpec {
  const known = KNOWN[key];
  if (known) return known;
  const [scope, language, field] = key.split('.');
  if (
    scope === 'report' &&
    (languages as readonly string[]).includes(language ?? '') &&
    (reportTextFields as readonly string[]).includes(field ?? '')
  ) {
    return {
      label: `reportSettings.field.${field}`,
      kind: 'text',
      part: {
        kind: 'review',
        position: 1,
        label: null,
        details: [{ kind: 'term', key: `history.value.reviewText.${language}` }],
      },
      hasDefault: true,
    };
  }
  // A setting this version does not know of still shows which one it is.
  return {
    label: 'history.field.setting.other',
    kind: 'text',
    part: { kind: 'setting', position: 1, label: key },
    hasDefault: false,
  };
}

const DEFAULT: ChangeValue[] = [{ kind: 'term', key: 'history.value.default' }];

/** One setting saved, restored to its default, or first set. */
export function settingChanges(before: Row | null, after: Row | null, lookup: ChangeLookup): FieldChange[] {
  const key = String((after ?? before)?.key);
  const spec = specOf(key);
  const read = (row: Row | null) =>
    row ? valuesOf(spec.kind, row.value, lookup) : spec.hasDefault ? DEFAULT : [];
  const change: FieldChange['change'] =
    before && after ? 'changed' : spec.hasDefault ? 'changed' : before ? 'removed' : 'added';
  return [
    {
      field: spec.label,
      ...(spec.part ? { part: spec.part } : {}),
      change,
      before: read(before),
      after: read(after),
    },
  ];
}
