import { Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { linkDecisions, type LinkDecision } from '../../../../shared/domain/monitoring';
import type { CaseMatch } from '../../../../shared/domain/monitoring-api';
import { api } from '../../api';
import { FormModal } from '../../components/FormModal';
import { textOrNull } from '../../components/case/form-rules';
import { ReasonInput } from '../../components/case/ReasonInput';
import { fieldsAt } from './issue-fields';
import { usePersonForm, type PersonDialogProps } from './usePersonForm';

/** A supervisor's ruling on a match; null withdraws the earlier one. */
export type Decision = LinkDecision | null;

interface Props extends PersonDialogProps {
  match: CaseMatch;
  /** `rejected` or null: a confirmation needs no words and is sent straight away. */
  decision: Exclude<Decision, 'confirmed'>;
}

const fieldOf = fieldsAt(['reason'] as const);
const isDecision = (value: unknown): value is LinkDecision =>
  (linkDecisions as readonly unknown[]).includes(value);

/** Rejects a match, or withdraws a decision, with optional grounds for the audit trail. */
export function DecisionForm({ open, detail, match, decision, onSaved, onClose, afterClose }: Props) {
  const { t } = useTranslation();
  const { form, submitting, error, submit } = usePersonForm<{ reason?: string }, 'reason'>(
    fieldOf,
    onSaved,
    onClose,
  );
  const kind = isDecision(decision) ? decision : 'withdraw';

  return (
    <FormModal<{ reason?: string }>
      open={open}
      title={t(`monitoring.decision.${kind}.title`, { registryNumber: match.registryNumber })}
      form={form}
      name="decision"
      focus="reason"
      okText={t(`monitoring.decision.${kind}.submit`)}
      cancelText={t('monitoring.action.cancel')}
      danger={kind === 'rejected'}
      submitting={submitting}
      error={error}
      onSubmit={({ reason }) =>
        submit(() =>
          api.monitoring.decideLink({
            id: detail.id,
            version: detail.version,
            caseId: match.caseId,
            decision,
            reason: textOrNull(reason?.trim()) ?? undefined,
          }),
        )
      }
      onClose={onClose}
      afterClose={afterClose}
    >
      <Typography.Paragraph>{t(`monitoring.decision.${kind}.intro`)}</Typography.Paragraph>
      <Form.Item
        name="reason"
        label={t('monitoring.field.reasonOptional')}
        extra={t('monitoring.hint.reason')}
      >
        <ReasonInput rows={2} />
      </Form.Item>
    </FormModal>
  );
}
