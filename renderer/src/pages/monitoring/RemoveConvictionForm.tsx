import { Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { FormModal } from '../../components/FormModal';
import { reasonSchema, schemaRule } from '../../components/case/form-rules';
import { ReasonInput } from '../../components/case/ReasonInput';
import { useCaseFormat } from '../case/useCaseFormat';
import { articleText } from './ConvictionsSection';
import { fieldsAt } from './issue-fields';
import { usePersonForm, type PersonDialogProps } from './usePersonForm';

interface Props extends PersonDialogProps {
  index: number;
}

const fieldOf = fieldsAt(['reason'] as const);

/** Removing a recorded conviction takes it off the person's record, so the grounds are required. */
export function RemoveConvictionForm({ open, detail, index, onSaved, onClose, afterClose }: Props) {
  const { t } = useTranslation();
  const format = useCaseFormat();
  const { form, submitting, error, submit } = usePersonForm<{ reason: string }, 'reason'>(
    fieldOf,
    onSaved,
    onClose,
  );
  const conviction = detail.record.convictions[index];

  return (
    <FormModal<{ reason: string }>
      open={open}
      title={t('monitoring.conviction.removeTitle', {
        article: conviction ? articleText(t, conviction) : '',
        date: conviction ? format.date(conviction.courtDate) : '',
      })}
      form={form}
      name="removeConviction"
      focus="reason"
      okText={t('monitoring.action.remove')}
      cancelText={t('monitoring.action.cancel')}
      danger
      submitting={submitting}
      error={error}
      onSubmit={({ reason }) =>
        submit(() =>
          api.monitoring.removeConviction({
            id: detail.id,
            version: detail.version,
            index,
            reason: reason.trim(),
          }),
        )
      }
      onClose={onClose}
      afterClose={afterClose}
    >
      <Typography.Paragraph>{t('monitoring.conviction.removeIntro')}</Typography.Paragraph>
      <Form.Item
        name="reason"
        label={t('monitoring.field.reason')}
        extra={t('monitoring.hint.reason')}
        required
        rules={[schemaRule(reasonSchema, t, { required: true })]}
      >
        <ReasonInput />
      </Form.Item>
    </FormModal>
  );
}
