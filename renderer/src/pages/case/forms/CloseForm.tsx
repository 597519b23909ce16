import { Form, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { closedReasons, type ClosedReason } from '../../../../../shared/domain/case-record';
import { isoDate } from '../../../../../shared/domain/fields';
import { api } from '../../../api';
import { DateInput } from '../../../components/case/DateInput';
import { FormModal } from '../../../components/FormModal';
import { dateRule, fromIsoDate, toIsoDate } from '../../../components/case/form-rules';
import { useActionForm, type ActionFormProps } from './useActionForm';
import { caseEdits } from '../../../../../shared/domain/case-edits';

interface Values {
  on: Dayjs | null;
  closedReason?: ClosedReason;
}

const fieldOf = (path: string) =>
  path === 'on' || path === 'closedOn' ? 'on' : path === 'closedReason' ? 'closedReason' : undefined;

/** Ends the proceedings (discontinued, suspended, merged or transferred), or corrects how they ended. */
export function CloseForm({ open, detail, run, onClose, afterClose }: ActionFormProps) {
  const { t } = useTranslation();
  const { form, submitting, error, submit } = useActionForm<Values, 'on' | 'closedReason'>(
    run,
    fieldOf,
    onClose,
  );
  const { closedOn, closedReason } = detail.record;

  const onSubmit = (values: Values) => {
    const on = toIsoDate(values.on) ?? '';
    const reasonClosed = values.closedReason ?? 'discontinued';
    submit({
      predict: (c) => caseEdits.close(c, { on, closedReason: reasonClosed }),
      send: (reason) =>
        api.cases.close({ id: detail.id, version: detail.version, on, closedReason: reasonClosed, reason }),
    });
  };

  return (
    <FormModal<Values>
      open={open}
      title={t(closedOn ? 'caseView.form.correctClose' : 'caseView.form.close')}
      form={form}
      name="close"
      initialValues={{ on: fromIsoDate(closedOn) ?? dayjs(), closedReason: closedReason ?? undefined }}
      focus="closedReason"
      okText={t(closedOn ? 'caseView.action.save' : 'caseView.action.close')}
      cancelText={t('caseView.action.cancel')}
      submitting={submitting}
      error={error}
      onSubmit={onSubmit}
      onClose={onClose}
      afterClose={afterClose}
    >
      <Form.Item
        name="closedReason"
        label={t('caseView.field.closedReason')}
        required
        rules={[{ required: true, message: t('errors.required') }]}
      >
        <Select
          virtual={false}
          placeholder={t('caseView.prompt.choose')}
          options={closedReasons.map((value) => ({ value, label: t(`caseView.closedReason.${value}`) }))}
        />
      </Form.Item>
      <Form.Item name="on" label={t('caseView.field.closedOn')} required rules={[dateRule(isoDate, t)]}>
        <DateInput allowClear={false} />
      </Form.Item>
    </FormModal>
  );
}
