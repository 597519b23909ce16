import { Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { caseEdits } from '../../../../../shared/domain/case-edits';
import type { CaseRecord } from '../../../../../shared/domain/case-record';
import { correctedFields } from '../../../../../shared/domain/corrections';
import { api } from '../../../api';
import { FormModal } from '../../../components/FormModal';
import { reasonSchema, schemaRule } from '../../../components/case/form-rules';
import { ReasonInput } from '../../../components/case/ReasonInput';
import { useActionForm, type ActionFormProps } from './useActionForm';

interface Values {
  reason?: string;
}

const fieldOf = (path: string) => (path === 'reason' ? 'reason' : undefined);

const without = (record: CaseRecord, party: 'victim' | 'defendant', index: number): CaseRecord =>
  party === 'victim'
    ? caseEdits.removeVictim(record, { index })
    : caseEdits.removeDefendant(record, { index });

/**
 * Confirms removing a victim or a defendant. When that takes recorded facts with it (a verdict, a
 * sentence), the reason for the audit trail is asked for right here rather than in a second dialog.
 */
export function RemovePartyForm({
  open,
  detail,
  run,
  onClose,
  afterClose,
  party,
  index,
}: ActionFormProps & { party: 'victim' | 'defendant'; index: number }) {
  const { t } = useTranslation();
  const { form, submitting, error, submit, format } = useActionForm<Values, 'reason'>(run, fieldOf, onClose);
  const record = detail.record;
  const needsReason = correctedFields(record, without(record, party, index)).length > 0;
  const defendant = record.defendants[index];
  const title =
    party === 'victim' || !defendant
      ? t('caseView.form.removeVictim', { number: index + 1 })
      : t('caseView.form.removeDefendant', { name: format.defendantName(defendant, index) });

  const onSubmit = ({ reason }: Values) => {
    const why = reason?.trim() || undefined;
    submit({
      predict: (c) => without(c, party, index),
      send: (given) =>
        party === 'victim'
          ? api.cases.removeVictim({ id: detail.id, version: detail.version, index, reason: given })
          : api.cases.removeDefendant({ id: detail.id, version: detail.version, index, reason: given }),
      ...(why ? { reason: why } : {}),
    });
  };

  return (
    <FormModal<Values>
      open={open}
      title={title}
      form={form}
      name="removeParty"
      focus={needsReason ? 'reason' : undefined}
      okText={t('caseView.action.remove')}
      cancelText={t('caseView.action.cancel')}
      danger
      submitting={submitting}
      error={error}
      onSubmit={onSubmit}
      onClose={onClose}
      afterClose={afterClose}
    >
      <Typography.Paragraph>
        {t(needsReason ? 'caseView.form.removeRecorded' : 'caseView.form.removeIntro')}
      </Typography.Paragraph>
      {needsReason && (
        <Form.Item
          name="reason"
          label={t('caseView.correction.reason')}
          extra={t('caseView.correction.hint')}
          required
          rules={[schemaRule(reasonSchema, t, { required: true })]}
        >
          <ReasonInput />
        </Form.Item>
      )}
    </FormModal>
  );
}
