import type { ChangePart, ChangeValue, FieldChange } from '../../../../shared/domain/audit-view';
import { settingLabel } from '../../../../shared/domain/setting-labels';
import type { Row } from './records';
import { valuesOf, type ChangeLookup, type ValueKind } from './values';

interface SettingSpec {
  label: string;
  kind: ValueKind;
  part?: ChangePart;
  /** A setting never saved reads as its default; only the seed mark simply appears. */
  hasDefault: boolean;
}

/** How each known setting's values are shown (its words come from shared/domain/setting-labels.ts). */
const KIND: Record<string, { kind: ValueKind; hasDefault: boolean }> = {
  'ui.language': { kind: { term: 'language.' }, hasDefault: true },
  'cases.investigationDays': { kind: 'number', hasDefault: true },
  'security.idleMinutes': { kind: 'number', hasDefault: true },
  'seed.reference.v1': { kind: 'yesNo', hasDefault: false },
  'report.issueDate': { kind: 'date', hasDefault: true },
  'backup.folder': { kind: 'text', hasDefault: true },
  'backup.keepDaily': { kind: 'number', hasDefault: true },
  'backup.keepMonthly': { kind: 'number', hasDefault: true },
};

const review = (details?: ChangeValue[]): ChangePart => ({
  kind: 'review',
  position: 1,
  label: null,
  ...(details ? { details } : {}),
});

function specOf(key: string): SettingSpec {
  const known = settingLabel(key);
  if (known?.reviewLanguage) {
    return {
      label: known.label,
      kind: 'text',
      part: review([{ kind: 'term', key: `history.value.reviewText.${known.reviewLanguage}` }]),
      hasDefault: true,
    };
  }
  if (known) {
    const shown = KIND[key] ?? { kind: 'text', hasDefault: false };
    return { label: known.label, ...shown, ...(key === 'report.issueDate' ? { part: review() } : {}) };
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
