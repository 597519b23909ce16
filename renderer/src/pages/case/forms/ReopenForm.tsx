import { Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api';
import { FormModal } from '../../../components/FormModal';
import { reasonSchema, schemaRule } from '../../../components/case/form-rules';
import { ReasonInput } from '../../../components/case/ReasonInput';
import { useActionForm, type ActionFormProps } from './useActionForm';
import { caseEdits } from '../../../../../shared/domain/case-edits';

interface Values {
  reason: string;
}

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase() + text.slice(1);

const fieldOf = (path: string) => (path === 'reason' ? 'reason' : undefined);

/** Reopens a closed case; the closure on record is undone, so the reason is always asked for here. */
export function ReopenForm({ open, detail, run, onClose, afterClose }: ActionFormProps) {
  const { t } = useTranslation();
  const { form, submitting, error, submit, format } = useActionForm<Values, 'reason'>(run, fieldOf, onClose);
  const { closedOn, closedReason } = detail.record;

  const onSubmit = ({ reason }: Values) => {
    const why = reason.trim();
    submit({
      predict: (c) => caseEdits.reopen(c, {}),
      send: () => api.cases.reopen({ id: detail.id, version: detail.version, reason: why }),
      reason: why,
    });
  };

  return (
    <FormModal<Values>
      open={open}
      title={t('caseView.form.reopen')}
      form={form}
      name="reopen"
      focus="reason"
      okText={t('caseView.action.reopen')}
      cancelText={t('caseView.action.cancel')}
      submitting={submitting}
      error={error}
      onSubmit={onSubmit}
      onClose={onClose}
      afterClose={afterClose}
    >
      {closedOn && closedReason && (
        <Typography.Paragraph>
          {t('caseView.form.reopenIntro', {
            date: format.date(closedOn),
            reason: lowerFirst(t(`caseView.closedReason.${closedReason}`)),
          })}
        </Typography.Paragraph>
      )}
      <Form.Item
        name="reason"
        label={t('caseView.field.reopenReason')}
        extra={t('caseView.correction.hint')}
        required
        rules={[schemaRule(reasonSchema, t, { required: true })]}
      >
        <ReasonInput />
      </Form.Item>
    </FormModal>
  );
}
