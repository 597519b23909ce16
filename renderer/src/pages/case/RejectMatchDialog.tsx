import { Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { ReasonInput } from '../../components/case/ReasonInput';

interface Props {
  open: boolean;
  /** Who is not whom, already worded: the person and the defendant. */
  intro: string;
  submitting: boolean;
  onSubmit: (reason: string | undefined) => void;
  onClose: () => void;
  afterClose: () => void;
}

/** Asks why a suggested match is wrong; the reason is optional and goes into the audit trail. */
export function RejectMatchDialog({ open, intro, submitting, onSubmit, onClose, afterClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason?: string }>();
  return (
    <FormModal<{ reason?: string }>
      open={open}
      title={t('caseMonitoring.reject.title')}
      form={form}
      name="rejectMatch"
      focus="reason"
      okText={t('caseMonitoring.reject.ok')}
      cancelText={t('caseMonitoring.reject.cancel')}
      submitting={submitting}
      danger
      onSubmit={({ reason }) => onSubmit(reason?.trim() ? reason.trim() : undefined)}
      onClose={onClose}
      afterClose={afterClose}
    >
      <Typography.Paragraph>{intro}</Typography.Paragraph>
      <Form.Item
        name="reason"
        label={t('caseMonitoring.reject.reason')}
        extra={t('caseMonitoring.reject.hint')}
      >
        <ReasonInput />
      </Form.Item>
    </FormModal>
  );
}
