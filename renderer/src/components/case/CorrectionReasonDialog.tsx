import { Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../FormModal';
import { reasonSchema, schemaRule } from './form-rules';
import { ReasonInput } from './ReasonInput';

/** One recorded fact about to change, worded for the user; `from`/`to` when they are known in advance. */
export interface CorrectionLine {
  label: string;
  from?: string;
  to?: string;
}

interface Props {
  open: boolean;
  lines: CorrectionLine[];
  onSubmit: (reason: string) => void;
  onCancel: () => void;
  afterClose?: () => void;
}

/**
 * Asked before a recorded fact (a date, a verdict, a sentence, the stage) is corrected: the reason is
 * required and goes into the audit trail with the change.
 */
export function CorrectionReasonDialog({ open, lines, onSubmit, onCancel, afterClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <FormModal<{ reason: string }>
      open={open}
      title={t('caseView.correction.title')}
      form={form}
      name="correctionReason"
      focus="reason"
      okText={t('caseView.correction.confirm')}
      cancelText={t('caseView.action.cancel')}
      submitting={false}
      onSubmit={({ reason }) => onSubmit(reason.trim())}
      onClose={onCancel}
      afterClose={afterClose}
    >
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        {t('caseView.correction.intro')}
      </Typography.Paragraph>
      <ul
        aria-label={t('caseView.correction.changes')}
        style={{ margin: '0 0 16px', paddingInlineStart: 20 }}
      >
        {lines.map((line) => (
          <li key={line.label}>
            <Typography.Text strong>{line.label}</Typography.Text>
            {line.from !== undefined && line.to !== undefined && (
              <Typography.Text>
                {': '}
                {t('caseView.correction.change', { from: line.from, to: line.to })}
              </Typography.Text>
            )}
          </li>
        ))}
      </ul>
      <Form.Item
        name="reason"
        label={t('caseView.correction.reason')}
        extra={t('caseView.correction.hint')}
        required
        rules={[schemaRule(reasonSchema, t, { required: true })]}
      >
        <ReasonInput />
      </Form.Item>
    </FormModal>
  );
}
