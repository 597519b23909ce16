import { Form, Radio, type RadioRef } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isoDate } from '../../../../../shared/domain/fields';
import { api } from '../../../api';
import { DateInput } from '../../../components/case/DateInput';
import { FormModal } from '../../../components/FormModal';
import { dateRule, fromIsoDate, toIsoDate } from '../../../components/case/form-rules';
import { useActionForm, type ActionFormProps } from './useActionForm';
import { caseEdits } from '../../../../../shared/domain/case-edits';

type Verdict = 'convicted' | 'acquitted';

interface Values {
  verdict: Verdict;
  on: Dayjs | null;
}

/** Verdict dates are checked against the forwarding date at `defendants[i].convictedOn` / `.acquittedOn`. */
const fieldOf = (path: string) => {
  if (path === 'verdict') return 'verdict';
  if (path === 'on' || /^defendants\[\d+\]\.(convictedOn|acquittedOn)$/.test(path)) return 'on';
  return undefined;
};

/** Records (or corrects) one defendant's verdict: convicted or acquitted, and its date. */
export function VerdictForm({
  open,
  detail,
  run,
  onClose,
  afterClose,
  index,
}: ActionFormProps & { index: number }) {
  const { t } = useTranslation();
  const { form, submitting, error, submit, format } = useActionForm<Values, 'verdict' | 'on'>(
    run,
    fieldOf,
    onClose,
  );
  const first = useRef<RadioRef>(null);
  const defendant = detail.record.defendants[index];
  if (!defendant) return null;

  const onSubmit = ({ verdict, on: picked }: Values) => {
    const on = toIsoDate(picked) ?? '';
    submit({
      predict: (c) => caseEdits.recordVerdict(c, { index, verdict, on }),
      send: (reason) =>
        api.cases.recordVerdict({ id: detail.id, version: detail.version, index, verdict, on, reason }),
    });
  };

  const recorded = defendant.convictedOn ?? defendant.acquittedOn;
  return (
    <FormModal<Values>
      open={open}
      title={t('caseView.form.verdict', { name: format.defendantName(defendant, index) })}
      form={form}
      name="verdict"
      initialValues={{
        // No outcome is proposed for a defendant without one: a legal outcome is chosen, never a
        // default that a hasty Save would record.
        verdict: defendant.acquittedOn ? 'acquitted' : defendant.convictedOn ? 'convicted' : undefined,
        on: fromIsoDate(recorded) ?? dayjs(),
      }}
      focus={() => first.current?.focus()}
      okText={t('caseView.action.save')}
      cancelText={t('caseView.action.cancel')}
      submitting={submitting}
      error={error}
      onSubmit={onSubmit}
      onClose={onClose}
      afterClose={afterClose}
    >
      <Form.Item
        name="verdict"
        label={t('caseView.field.verdict')}
        required
        rules={[{ required: true, message: t('errors.required') }]}
      >
        <Radio.Group aria-label={t('caseView.field.verdict')}>
          <Radio value="convicted" ref={first}>
            {t('caseView.verdictKind.convicted')}
          </Radio>
          <Radio value="acquitted">{t('caseView.verdictKind.acquitted')}</Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item name="on" label={t('caseView.field.verdictOn')} required rules={[dateRule(isoDate, t)]}>
        <DateInput allowClear={false} />
      </Form.Item>
    </FormModal>
  );
}
