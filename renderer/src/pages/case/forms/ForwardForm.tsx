import { Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { isoDate } from '../../../../../shared/domain/fields';
import { api } from '../../../api';
import { DateInput } from '../../../components/case/DateInput';
import { FormModal } from '../../../components/FormModal';
import { dateRule, fromIsoDate, toIsoDate } from '../../../components/case/form-rules';
import { useActionForm, type ActionFormProps } from './useActionForm';
import { caseEdits } from '../../../../../shared/domain/case-edits';

interface Values {
  on: Dayjs | null;
}

const fieldOf = (path: string) => (path === 'on' || path === 'forwardedToCourtOn' ? 'on' : undefined);

/** Forwards the case to court, or corrects the date it was forwarded (which then needs a reason). */
export function ForwardForm({ open, detail, run, onClose, afterClose }: ActionFormProps) {
  const { t } = useTranslation();
  const { form, submitting, error, submit } = useActionForm<Values, 'on'>(run, fieldOf, onClose);
  const current = detail.record.forwardedToCourtOn;

  const onSubmit = ({ on: picked }: Values) => {
    const on = toIsoDate(picked) ?? '';
    submit({
      predict: (c) => caseEdits.forward(c, { on }),
      send: (reason) => api.cases.forward({ id: detail.id, version: detail.version, on, reason }),
    });
  };

  return (
    <FormModal<Values>
      open={open}
      title={t(current ? 'caseView.form.correctForward' : 'caseView.form.forward')}
      form={form}
      name="forward"
      initialValues={{ on: fromIsoDate(current) ?? dayjs() }}
      focus="on"
      okText={t(current ? 'caseView.action.save' : 'caseView.action.forward')}
      cancelText={t('caseView.action.cancel')}
      submitting={submitting}
      error={error}
      onSubmit={onSubmit}
      onClose={onClose}
      afterClose={afterClose}
    >
      <Form.Item
        name="on"
        label={t('caseView.field.forwardedToCourtOn')}
        required
        rules={[dateRule(isoDate, t)]}
      >
        <DateInput allowClear={false} />
      </Form.Item>
    </FormModal>
  );
}
