import type { TFunction } from 'i18next';
import type { CaseRecord, Defendant } from '../../../../shared/domain/case-record';
import { stageOfCase } from '../../../../shared/domain/pipeline';
import type { CorrectionLine } from '../../components/case/CorrectionReasonDialog';
import type { CaseFormat } from './format';

const defendantPath = /^defendants\[(\d+)\]\.(convictedOn|acquittedOn|sentence)$/;

/**
 * The recorded facts a change corrects (paths as `correctedFields` and the backend give them), worded
 * for the reason dialog: what each is, and, when the change is known in advance, its old and new value.
 */
export function describeCorrections(
  paths: string[],
  before: CaseRecord,
  after: CaseRecord | null,
  t: TFunction,
  format: CaseFormat,
): CorrectionLine[] {
  const none = t('caseView.correction.none');
  const date = (value: string | null | undefined) => (value ? format.date(value) : none);
  const withValues = (label: string, from: string, to: string | undefined): CorrectionLine =>
    after && to !== undefined ? { label, from, to } : { label };

  return paths.map((path): CorrectionLine => {
    const party = defendantPath.exec(path);
    if (party) {
      const index = Number(party[1]);
      const field = party[2] as 'convictedOn' | 'acquittedOn' | 'sentence';
      const old: Defendant | undefined = before.defendants[index];
      const next: Defendant | null = after?.defendants[index] ?? null;
      const name = old ? format.defendantName(old, index) : t('caseView.unnamed', { number: index + 1 });
      const label = t(`caseView.correction.field.${field}`, { name });
      if (field === 'sentence') {
        const show = (d: Defendant | null | undefined) => (d?.sentence ? format.sentence(d.sentence) : none);
        return withValues(label, show(old), show(next));
      }
      return withValues(label, date(old?.[field]), date(next?.[field]));
    }
    switch (path) {
      case 'registeredOn':
        return withValues(
          t('caseView.correction.field.registeredOn'),
          date(before.registeredOn),
          date(after?.registeredOn),
        );
      case 'forwardedToCourtOn':
      case 'closedOn':
        return withValues(t(`caseView.correction.field.${path}`), date(before[path]), date(after?.[path]));
      case 'closedReason': {
        const reason = (value: CaseRecord['closedReason'] | undefined) =>
          value ? t(`caseView.closedReason.${value}`) : none;
        return withValues(
          t('caseView.correction.field.closedReason'),
          reason(before.closedReason),
          reason(after?.closedReason),
        );
      }
      case 'stage':
        return withValues(
          t('caseView.correction.field.stage'),
          t(`cases.stage.${stageOfCase(before)}`),
          after ? t(`cases.stage.${stageOfCase(after)}`) : undefined,
        );
      default:
        return { label: path };
    }
  });
}
