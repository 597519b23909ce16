import { Form, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonDetail } from '../../../../shared/domain/monitoring-api';
import type { Result } from '../../../../shared/result';
import { FormModal } from '../../components/FormModal';
import { reasonSchema, schemaRule } from '../../components/case/form-rules';
import { ReasonInput } from '../../components/case/ReasonInput';
import type { FieldOf } from '../case/issues';
import { usePersonForm, type PersonDialogProps } from './usePersonForm';

interface Props<V extends { reason: string }, F extends string> extends Omit<PersonDialogProps, 'detail'> {
  /** The form's name (its fields' ids) and its title, naming what is removed. */
  name: string;
  title: string;
  /** What the removal takes away, said above the fields. */
  intro: ReactNode;
  fieldOf: FieldOf<F>;
  initialValues?: Partial<V>;
  /** Sends the removal with the reason as typed, trimmed. */
  remove: (values: V) => Promise<Result<PersonDetail>>;
  /** Fields asked besides the reason (above it). */
  children?: ReactNode;
}

/**
 * Taking something recorded by mistake off a person's record (a conviction, a period, an event):
 * it leaves the figures too, so the grounds are required and go into the audit trail.
 */
export function RemovalForm<V extends { reason: string }, F extends string>({
  open,
  onSaved,
  onClose,
  afterClose,
  name,
  title,
  intro,
  fieldOf,
  initialValues,
  remove,
  children,
}: Props<V, F>) {
  const { t } = useTranslation();
  const { form, submitting, error, submit } = usePersonForm<V, F>(fieldOf, onSaved, onClose);
  return (
    <FormModal<V>
      open={open}
      title={title}
      form={form}
      name={name}
      initialValues={initialValues}
      focus="reason"
      okText={t('monitoring.action.remove')}
      cancelText={t('monitoring.action.cancel')}
      danger
      submitting={submitting}
      error={error}
      onSubmit={(values) => submit(() => remove({ ...values, reason: values.reason.trim() }))}
      onClose={onClose}
      afterClose={afterClose}
    >
      <Typography.Paragraph>{intro}</Typography.Paragraph>
      {children}
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
